package org.expodesk.demo;

import java.util.ArrayList;
import java.util.List;
import org.expodesk.exhibitor.ExhibitorCategory;
import org.expodesk.exhibitor.RegistrationDraft;
import org.expodesk.shared.validation.CreditCodeValidator;

/**
 * The demo's companies: small-commodity makers of the county's townships and of the towns a county fair draws
 * from (永康 hardware, 安溪 tea, 安吉 bamboo, 德化 ceramics, 云和 wooden toys …), with bilingual names built from a
 * place, a shop name and a trade, so that 250 of them are all different and read like real ones. Credit codes
 * are valid (check character computed); about 30 % are famous brands with their evidence; those from the
 * county's own townships are local.
 */
final class DemoCompanies {

    /** zh, pinyin, local to Yunxi county? */
    private record Place(String zh, String en, boolean local, String address) {
    }

    /** zh trade, en trade, category, products */
    private record Trade(String zh, String en, ExhibitorCategory category, String products) {
    }

    static final String PAVILION_PLACE = "商城街道";

    private static final List<Place> PLACES = List.of(
            new Place("商城街道", "Shangcheng", true, "青山市云溪县商城街道商城大道"),
            new Place("溪口镇", "Xikou", true, "青山市云溪县溪口镇工业功能区"),
            new Place("云峰镇", "Yunfeng", true, "青山市云溪县云峰镇环镇路"),
            new Place("桃源乡", "Taoyuan", true, "青山市云溪县桃源乡桃源村"),
            new Place("石门镇", "Shimen", true, "青山市云溪县石门镇五金园区"),
            new Place("竹溪乡", "Zhuxi", true, "青山市云溪县竹溪乡竹业园"),
            new Place("云溪", "Yunxi", true, "青山市云溪县经济开发区"),
            new Place("青山", "Qingshan", true, "青山市云溪县城东工业园"),
            new Place("义乌", "Yiwu", false, "浙江省义乌市稠城街道"),
            new Place("永康", "Yongkang", false, "浙江省永康市五金城"),
            new Place("安溪", "Anxi", false, "福建省安溪县城厢镇"),
            new Place("安吉", "Anji", false, "浙江省安吉县递铺街道"),
            new Place("德化", "Dehua", false, "福建省德化县浔中镇"),
            new Place("云和", "Yunhe", false, "浙江省云和县木制玩具城"));

    private static final String[][] SHOP_NAMES = {{"晨光", "Chenguang"}, {"恒达", "Hengda"}, {"鑫源", "Xinyuan"}, {"华美", "Huamei"},
        {"金盛", "Jinsheng"}, {"宏图", "Hongtu"}, {"瑞丰", "Ruifeng"}, {"永兴", "Yongxing"}, {"嘉禾", "Jiahe"}, {"天成", "Tiancheng"},
        {"佳艺", "Jiayi"}, {"福来", "Fulai"}, {"明珠", "Mingzhu"}, {"顺发", "Shunfa"}, {"宝隆", "Baolong"}, {"绿源", "Lvyuan"},
        {"竹韵", "Zhuyun"}, {"青瓷", "Qingci"}, {"古越", "Guyue"}, {"春晖", "Chunhui"}, {"伟业", "Weiye"}, {"兴旺", "Xingwang"},
        {"博雅", "Boya"}, {"新禾", "Xinhe"}, {"山水", "Shanshui"}};

    private static final List<Trade> TRADES = List.of(
            new Trade("五金工具", "Hardware Tools", ExhibitorCategory.HARDWARE, "手动工具、门锁、不锈钢厨具"),
            new Trade("纺织", "Textiles", ExhibitorCategory.APPAREL, "针织面料、家纺四件套"),
            new Trade("服饰", "Garments", ExhibitorCategory.APPAREL, "休闲服装、袜子、围巾"),
            new Trade("玩具", "Toys", ExhibitorCategory.STATIONERY_SPORTS, "木制玩具、益智拼图、毛绒玩具"),
            new Trade("茶业", "Tea", ExhibitorCategory.FOOD_AGRICULTURE, "绿茶、白茶、茶叶礼盒"),
            new Trade("竹木制品", "Bamboo Products", ExhibitorCategory.HOME_BUILDING, "竹砧板、竹家具、竹编收纳"),
            new Trade("陶瓷", "Ceramics", ExhibitorCategory.DAILY_GOODS, "日用陶瓷、茶具、花瓶"),
            new Trade("工艺品", "Crafts", ExhibitorCategory.CRAFTS_GIFTS, "木雕摆件、节庆礼品、中国结"),
            new Trade("日用品", "Daily Necessities", ExhibitorCategory.DAILY_GOODS, "塑料收纳、清洁用品、雨具"),
            new Trade("小家电", "Small Appliances", ExhibitorCategory.ELECTRONICS, "电水壶、电风扇、LED 灯具"),
            new Trade("农特产品", "Local Produce", ExhibitorCategory.FOOD_AGRICULTURE, "笋干、香菇、土蜂蜜"),
            new Trade("文具", "Stationery", ExhibitorCategory.STATIONERY_SPORTS, "中性笔、笔记本、办公用品"));

    private static final String[] CONTACTS = {"王丽", "李建华", "张伟", "刘芳", "陈静", "杨洋", "赵敏", "黄磊", "周婷", "吴强",
        "徐丽娟", "孙浩", "胡晓梅", "朱军", "高翔", "林雪", "何勇", "郭佳", "马俊", "罗红"};

    private static final String[] EVIDENCE = {"浙江名牌产品证书（2024）", "中国驰名商标认定", "省级著名商标（2023 年复审）",
        "浙江制造认证产品", "福建名牌产品（2024）"};

    private DemoCompanies() {
    }

    /** The credit code of company number {@code i}: a Zhejiang company code with a running number and its check character. */
    static String creditCode(int i) {
        String first17 = "91330782MA2" + String.format("%06d", i);
        return first17 + CreditCodeValidator.checkCharacter(first17);
    }

    static boolean inPavilionTownship(int i) {
        return PLACES.get(i % PLACES.size()).zh().equals(PAVILION_PLACE);
    }

    static boolean famous(int i) {
        return i % 13 < 4;
    }

    /** Company number {@code i} (0 … 249) as its registration form would be filled in. */
    static RegistrationDraft company(int i) {
        Place place = PLACES.get(i % PLACES.size());
        String[] shop = SHOP_NAMES[i % SHOP_NAMES.length];
        Trade trade = TRADES.get(i % TRADES.size());
        boolean cooperative = trade.category() == ExhibitorCategory.FOOD_AGRICULTURE && i % 3 == 0;
        boolean factory = !cooperative && i % 4 == 1;
        RegistrationDraft d = new RegistrationDraft();
        d.setNameZh(place.zh() + shop[0] + trade.zh() + (cooperative ? "专业合作社" : factory ? "厂" : "有限公司"));
        d.setNameEn(place.en() + " " + shop[1] + " " + trade.en() + (cooperative ? " Cooperative" : factory ? " Factory" : " Co., Ltd."));
        d.setCreditCode(creditCode(i));
        d.setAddress(place.address() + " " + (8 + i % 180) + " 号");
        d.setContactName(CONTACTS[i % CONTACTS.length]);
        d.setMobile("1390579" + String.format("%04d", i));
        d.setEmail("sales" + i + "@" + shop[1].toLowerCase(java.util.Locale.ROOT) + "-" + i + ".example.cn");
        d.setProducts(trade.products());
        d.setCategory(trade.category());
        d.setFamousBrand(famous(i));
        d.setFamousBrandEvidence(famous(i) ? EVIDENCE[i % EVIDENCE.length] : null);
        d.setLocalEnterprise(place.local());
        d.setWishKind(org.expodesk.booth.BoothKind.STANDARD);
        d.setWishArea(new java.math.BigDecimal(i % 5 == 0 ? "18" : "9"));
        d.setStaffCount(2 + i % 4);
        return d;
    }

    static List<String> rejectionReasons() {
        return new ArrayList<>(List.of("营业执照经营范围与本届展会品类不符", "未提供名牌证明材料，请补充后重新报名",
                "同一集团已有关联企业参展，请合并报名", "产品涉及易燃易爆物品，不符合展馆消防要求"));
    }
}
