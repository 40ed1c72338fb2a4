package org.expodesk.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.InvitationStatus;
import org.expodesk.guest.InvitationSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's guests on the expo: three campaigns (about 50 merchants from Fujian invited by 云溪县, about 170 buyers
 * invited by the Bureau of Commerce, about 80 VIPs, media and delegation members), about 300 guests in every state,
 * and the accepted ones arriving by high-speed train or plane over the day before opening and the opening day.
 * Answers go through the RSVP service with real links, as guests would give them. Seeded once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoGuests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGuests.class);

    private static final String[][] SURNAMES = {{"陈", "Chen"}, {"林", "Lin"}, {"黄", "Huang"}, {"张", "Zhang"}, {"王", "Wang"},
        {"李", "Li"}, {"吴", "Wu"}, {"刘", "Liu"}, {"郑", "Zheng"}, {"许", "Xu"}, {"蔡", "Cai"}, {"杨", "Yang"}, {"周", "Zhou"},
        {"赵", "Zhao"}, {"何", "He"}, {"谢", "Xie"}, {"罗", "Luo"}, {"高", "Gao"}, {"徐", "Xu"}, {"孙", "Sun"}};
    private static final String[][] GIVEN = {{"志强", "Zhiqiang"}, {"建华", "Jianhua"}, {"丽", "Li"}, {"海峰", "Haifeng"},
        {"思远", "Siyuan"}, {"晓燕", "Xiaoyan"}, {"国栋", "Guodong"}, {"雅婷", "Yating"}, {"文斌", "Wenbin"}, {"秀英", "Xiuying"},
        {"明辉", "Minghui"}, {"静", "Jing"}, {"振宇", "Zhenyu"}, {"美玲", "Meiling"}, {"俊杰", "Junjie"}, {"桂芳", "Guifang"},
        {"家豪", "Jiahao"}, {"欣怡", "Xinyi"}, {"立新", "Lixin"}, {"春梅", "Chunmei"}, {"宏伟", "Hongwei"}, {"艳", "Yan"}};
    private static final String[][] FUJIAN = {{"厦门", "Xiamen", "福建省厦门市"}, {"泉州", "Quanzhou", "福建省泉州市"},
        {"福州", "Fuzhou", "福建省福州市"}, {"莆田", "Putian", "福建省莆田市"}, {"漳州", "Zhangzhou", "福建省漳州市"},
        {"晋江", "Jinjiang", "福建省晋江市"}};
    private static final String[][] ELSEWHERE = {{"义乌", "Yiwu", "浙江省义乌市"}, {"广州", "Guangzhou", "广东省广州市"},
        {"上海", "Shanghai", "上海市"}, {"杭州", "Hangzhou", "浙江省杭州市"}, {"长沙", "Changsha", "湖南省长沙市"},
        {"南昌", "Nanchang", "江西省南昌市"}, {"深圳", "Shenzhen", "广东省深圳市"}, {"武汉", "Wuhan", "湖北省武汉市"}};
    private static final String[][] TRADES = {{"鞋业", "Footwear"}, {"纺织", "Textiles"}, {"日用品", "Household Goods"},
        {"五金", "Hardware"}, {"玩具", "Toys"}, {"食品", "Foods"}, {"电子", "Electronics"}, {"包装", "Packaging"}};
    private static final String[][] SUFFIX = {{"有限公司", "Co., Ltd."}, {"贸易有限公司", "Trading Co., Ltd."},
        {"实业集团", "Industrial Group"}, {"投资有限公司", "Investment Co., Ltd."}};
    private static final String[][] TITLES = {{"董事长", "Chairman"}, {"总经理", "General Manager"}, {"采购经理", "Purchasing Manager"},
        {"副总经理", "Deputy General Manager"}, {"业务总监", "Business Director"}};
    private static final String[][] MEDIA = {{"福建日报", "Fujian Daily"}, {"青山电视台", "Qingshan TV"}, {"中国商报", "China Business Herald"},
        {"新华网", "Xinhuanet"}};
    private static final String[][] STATIONS = {{"云溪南站", "G"}, {"青山西站", "D"}, {"青山机场", "MF"}, {"云溪机场", "CZ"}};

    private final EventService events;
    private final GuestService guests;
    private final CampaignService campaigns;
    private final RsvpService rsvp;
    private final UnitService units;
    private final Random random = new Random(2026);

    DemoGuests(EventService events, GuestService guests, CampaignService campaigns, RsvpService rsvp, UnitService units) {
        this.events = events;
        this.guests = guests;
        this.campaigns = campaigns;
        this.rsvp = rsvp;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).getContent().stream()
                    .filter(e -> e.nameZh().equals("第四届云溪小商品博览会")).findFirst().orElse(null);
            if (expo == null || !campaigns.campaigns(expo.id()).isEmpty()) {
                return;
            }
            Map<String, UnitSummary> byName = units.tree().stream().collect(Collectors.toMap(UnitSummary::nameZh, Function.identity(), (a, b) -> a));
            Long yunxi = id(byName.get("云溪县"));
            Long commerce = id(byName.get("云溪县商务局"));
            Long park = id(byName.get("空港产业园"));
            String programmeZh = "开幕当天上午9:00开幕式，随后参观4号馆、5号馆；下午小商品城推介会与产销对接会；第二天上午项目集中签约仪式。";
            String programmeEn = "Opening day: opening ceremony at 09:00 and a tour of halls 4 and 5; afternoon: promotion meeting and "
                    + "matchmaking. Second day: signing ceremony of investment projects.";
            CampaignSummary fujian = campaign(expo, "福建客商邀请", "Fujian merchants", 50, yunxi, programmeZh, programmeEn);
            CampaignSummary buyers = campaign(expo, "采购商邀请", "Buyers", 160, commerce, programmeZh, programmeEn);
            CampaignSummary vips = campaign(expo, "贵宾与媒体邀请", "VIP guests and media", 90, park, programmeZh, programmeEn);
            int count = 0;
            count += seed(expo, fujian, 52, FUJIAN, GuestCategory.MERCHANT, yunxi);
            count += seed(expo, buyers, 168, ELSEWHERE, GuestCategory.BUYER, commerce);
            count += seed(expo, vips, 82, ELSEWHERE, null, park);
            log.info("Demo guests: {} guests in 3 campaigns", count);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CampaignSummary campaign(EventSummary expo, String zh, String en, int target, Long unit, String pzh, String pen) {
        CampaignDraft d = CampaignDraft.of(zh, en, target, unit, null);
        d.setProgrammeZh(pzh);
        d.setProgrammeEn(pen);
        return campaigns.create(expo.id(), d);
    }

    private int seed(EventSummary expo, CampaignSummary campaign, int n, String[][] places, @org.jspecify.annotations.Nullable GuestCategory fixed, Long unit) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String[] place = places[random.nextInt(places.length)];
            GuestCategory category = fixed != null ? fixed : switch (i % 4) {
                case 0 -> GuestCategory.VIP;
                case 1 -> GuestCategory.MEDIA;
                case 2 -> GuestCategory.DELEGATION;
                default -> GuestCategory.MERCHANT;
            };
            String[] title = TITLES[random.nextInt(TITLES.length)];
            String orgZh;
            if (category == GuestCategory.MEDIA) {
                String[] m = MEDIA[random.nextInt(MEDIA.length)];
                orgZh = m[0];
                title = new String[] {"记者", "Reporter"};
            } else {
                String[] trade = TRADES[random.nextInt(TRADES.length)];
                String[] suffix = SUFFIX[random.nextInt(SUFFIX.length)];
                orgZh = place[0] + trade[0] + suffix[0];
            }
            GuestDraft d = GuestDraft.of(surname[0] + given[0], given[1] + " " + surname[1].toUpperCase(java.util.Locale.ROOT),
                    title[0], orgZh, category, "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
            d.setOrigin(place[2]);
            d.setInvitingUnitId(unit);
            if (random.nextInt(8) == 0) {
                d.setDietary(random.nextBoolean() ? "清真" : "素食");
            }
            if (random.nextInt(40) == 0) {
                d.setAccessibility("轮椅");
            }
            try {
                ids.add(guests.create(expo.id(), d).id());
            } catch (org.expodesk.shared.domain.BusinessRuleException e) {
                // The same name and mobile drawn twice: one person, so one guest.
            }
        }
        campaigns.invite(campaign.id(), ids);
        List<InvitationSummary> invited = campaigns.invitations(campaign.id());
        for (int i = 0; i < invited.size(); i++) {
            InvitationSummary invitation = invited.get(i);
            int roll = random.nextInt(100);
            if (roll < 8) {
                continue;
            }
            String link = campaigns.issueLink(invitation.id()).link();
            String token = link.substring(link.lastIndexOf('/') + 1);
            if (roll < 22) {
                continue;
            }
            rsvp.open(token, "demo");
            if (roll < 32) {
                continue;
            }
            if (roll < 42) {
                rsvp.answer(token, "demo", RsvpForm.decline());
            } else if (roll < 48) {
                campaigns.setStatus(invitation.id(), InvitationStatus.NO_ANSWER);
            } else {
                RsvpForm form = accepted(expo);
                // the RSVP page comes filled with what the office knows: the guest's dietary needs stay unless changed
                form.setDietary(invitation.guest().dietary());
                rsvp.answer(token, "demo", form);
            }
        }
        return ids.size();
    }

    /** Arrivals over the day before opening and the opening day, by high-speed train or plane; back after the fair. */
    private RsvpForm accepted(EventSummary expo) {
        String[] station = STATIONS[random.nextInt(STATIONS.length)];
        boolean train = station[0].endsWith("站");
        LocalDate day = expo.startDate().minusDays(random.nextInt(2));
        LocalDateTime at = LocalDateTime.of(day, LocalTime.of(day.equals(expo.startDate()) ? 6 + random.nextInt(3) : 9 + random.nextInt(12),
                random.nextInt(12) * 5));
        String number = station[1] + (train ? 1000 + random.nextInt(8000) : 8000 + random.nextInt(1000));
        RsvpForm form = RsvpForm.accept().arriving(train ? TravelMode.TRAIN : TravelMode.FLIGHT, number, station[0], at);
        if (random.nextInt(3) > 0) {
            form.leaving(train ? TravelMode.TRAIN : TravelMode.FLIGHT, station[1] + (1000 + random.nextInt(8000)), station[0],
                    LocalDateTime.of(expo.endDate(), LocalTime.of(14 + random.nextInt(6), 0)));
        }
        form.setCompanions(random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0);
        if (random.nextInt(3) == 0) {
            form.setHotelWish("希望住在会展中心附近");
        }
        return form;
    }

    private static Long id(UnitSummary unit) {
        return unit == null ? null : unit.id();
    }
}
