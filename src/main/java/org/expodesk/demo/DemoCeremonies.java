package org.expodesk.demo;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.ceremony.Ceremony;
import org.expodesk.ceremony.CeremonyService;
import org.expodesk.ceremony.CeremonySettings;
import org.expodesk.deal.DealDraft;
import org.expodesk.deal.DealKind;
import org.expodesk.deal.DealService;
import org.expodesk.deal.Industry;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSaveResult;
import org.expodesk.programme.SessionSummary;
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
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's signing ceremonies, after the programme demo (@Order(40)): the expo's signing ceremony with twelve
 * deals across six units (≈ 58 亿元 and one foreign deal in US dollars) and three leaders witnessing, and the
 * investment fair's provincial briefing signing (17:00–18:00, three deals). Uses the expo's signing-ceremony
 * session when the programme demo made one, else makes its own. Skips a ceremony that already has deals.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoCeremonies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCeremonies.class);

    /** project zh, project en, investor zh, investor en, signatory, title, unit, industry, 万, currency, kind. */
    private static final String[][] EXPO_DEALS = {
            {"年产5万吨竹纤维新材料项目", "50,000 t/yr Bamboo Fibre New Materials Project", "浙江绿竹新材料科技有限公司", "Zhejiang Lvzhu New Materials Technology Co., Ltd.", "陈立华", "董事长", "云溪县", "NEW_MATERIALS", "85000.00", "CNY", "CONTRACT"},
            {"智能小家电产业园项目", "Smart Small Appliances Industrial Park", "宁波海晨电器集团有限公司", "Ningbo Haichen Electric Appliance Group Co., Ltd.", "周海晨", "总裁", "青山经济开发区", "ADVANCED_MANUFACTURING", "120000.00", "CNY", "CONTRACT"},
            {"云溪小商品城数字化改造项目", "Yunxi Small Commodities City Digital Upgrade", "杭州云商数字科技有限公司", "Hangzhou Yunshang Digital Technology Co., Ltd.", "林思远", "首席执行官", "商城街道", "DIGITAL_ECONOMY", "15000.00", "CNY", "AGREEMENT"},
            {"空港冷链物流中心项目", "Airport Cold-chain Logistics Centre", "顺达供应链管理有限公司", "Shunda Supply Chain Management Co., Ltd.", "郭振宇", "副总经理", "空港产业园", "LOGISTICS", "68000.00", "CNY", "CONTRACT"},
            {"分布式光伏发电项目", "Distributed Solar Power Project", "福建晶阳新能源有限公司", "Fujian Jingyang New Energy Co., Ltd.", "黄志强", "董事长", "石门县", "NEW_ENERGY", "32000.00", "CNY", "CONTRACT"},
            {"高山茶叶精深加工项目", "Highland Tea Deep Processing Project", "石门茗香茶业有限公司", "Shimen Mingxiang Tea Co., Ltd.", "吴清泉", "总经理", "石门县", "AGRI_FOOD_PROCESSING", "8600.00", "CNY", "CONTRACT"},
            {"溪口古镇文旅综合开发项目", "Xikou Ancient Town Culture and Tourism Development", "华景文旅投资集团有限公司", "Huajing Culture & Tourism Investment Group", "许文博", "董事长", "云溪县", "CULTURE_TOURISM", "56000.00", "CNY", "AGREEMENT"},
            {"生物医药中间体生产基地项目", "Biomedicine Intermediates Production Base", "江苏康瑞医药化工有限公司", "Jiangsu Kangrui Pharmaceutical Chemicals Co., Ltd.", "赵康瑞", "总经理", "青山经济开发区", "BIOMEDICINE", "98000.00", "CNY", "CONTRACT"},
            {"新能源汽车线束生产项目", "EV Wiring Harness Production Project", "东莞联创汽车电子有限公司", "Dongguan Lianchuang Automotive Electronics Co., Ltd.", "邱国栋", "董事长", "青山区", "ELECTRONIC_INFORMATION", "45000.00", "CNY", "CONTRACT"},
            {"跨境电商产业园项目", "Cross-border E-commerce Park", "香港恒通国际贸易有限公司", "Hong Kong Hengtong International Trading Ltd.", "梁家豪", "董事总经理", "空港产业园", "COMMERCE_TRADE", "2800.00", "USD", "LETTER_OF_INTENT"},
            {"县域商业体系建设项目", "County Commercial Network Project", "供销e家电子商务有限公司", "Gongxiao eJia E-commerce Co., Ltd.", "马晓东", "副总裁", "商城街道", "COMMERCE_TRADE", "6234.56", "CNY", "AGREEMENT"},
            {"绿色建材产业园项目", "Green Building Materials Industrial Park", "中建科绿色建材有限公司", "CSCEC Green Building Materials Co., Ltd.", "钱立新", "党委书记、董事长", "青山区", "NEW_MATERIALS", "50000.00", "CNY", "LETTER_OF_INTENT"},
    };

    private static final String[][] FAIR_DEALS = {
            {"锂电池正极材料项目", "Lithium Battery Cathode Materials Project", "厦门钨能新材料股份有限公司", "Xiamen Wuneng New Materials Co., Ltd.", "蔡明辉", "总经理", "青山经济开发区", "NEW_ENERGY", "150000.00", "CNY", "CONTRACT"},
            {"海西农副产品集散中心项目", "Haixi Agricultural Products Distribution Centre", "福州闽运物流集团有限公司", "Fuzhou Minyun Logistics Group", "陈德华", "董事长", "石门县", "LOGISTICS", "26000.00", "CNY", "CONTRACT"},
            {"智能装备制造基地项目", "Intelligent Equipment Manufacturing Base", "泉州精工智能装备有限公司", "Quanzhou Jinggong Intelligent Equipment Co., Ltd.", "王建南", "总经理", "青山区", "ADVANCED_MANUFACTURING", "38000.00", "CNY", "AGREEMENT"},
    };

    private final EventService events;
    private final UnitService units;
    private final PlaceService places;
    private final ProgrammeService programme;
    private final DealService deals;
    private final CeremonyService ceremonies;

    DemoCeremonies(EventService events, UnitService units, PlaceService places, ProgrammeService programme, DealService deals,
            CeremonyService ceremonies) {
        this.events = events;
        this.units = units;
        this.places = places;
        this.programme = programme;
        this.deals = deals;
        this.ceremonies = ceremonies;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            Map<String, UnitSummary> byName = units.tree().stream().collect(Collectors.toMap(UnitSummary::nameZh, Function.identity(), (a, b) -> a));
            List<EventSummary> all = events.list(EventFilter.active(), Pageable.ofSize(50)).getContent();
            all.stream().filter(e -> e.nameZh().equals("第四届云溪小商品博览会")).findFirst().ifPresent(expo -> seed(expo, byName,
                    "重点项目集中签约仪式", "Key Projects Signing Ceremony", 1, LocalTime.of(15, 0), LocalTime.of(16, 0), EXPO_DEALS,
                    List.of("青山市", "市商务局", "云溪县")));
            all.stream().filter(e -> e.nameZh().startsWith("第二十二届中国海西投资贸易洽谈会")).findFirst().ifPresent(fair -> seed(fair, byName,
                    "青山市（省级）投资推介会暨项目签约仪式", "Qingshan Investment Briefing and Project Signing", 0, LocalTime.of(17, 0),
                    LocalTime.of(18, 0), FAIR_DEALS, List.of("青山市", "市招商局")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(EventSummary event, Map<String, UnitSummary> byName, String titleZh, String titleEn, int day, LocalTime from,
            LocalTime to, String[][] rows, List<String> witnessUnits) {
        SessionSummary session = ceremonies.sessions(event.id()).stream().findFirst()
                .orElseGet(() -> createSession(event, titleZh, titleEn, day, from, to));
        Ceremony ceremony = ceremonies.open(session.id());
        if (!ceremony.deals().isEmpty()) {
            return;
        }
        ceremony = ceremonies.settle(ceremony.id(), ceremony.version(), new CeremonySettings(rows.length > 6 ? 2 : 1, 3, 6, 5));
        for (String[] r : rows) {
            UnitSummary unit = byName.get(r[6]);
            if (unit == null) {
                continue;
            }
            PersonSummary leader = unit.leader();
            DealDraft d = DealDraft.of(r[0], r[1], r[2], r[3], r[4], r[5], unit.id(), leader == null ? "—" : leader.nameZh(),
                    leader == null ? null : leader.title(), Industry.valueOf(r[7]), r[8], r[9], DealKind.valueOf(r[10]));
            long dealId = deals.create(event.id(), d).id();
            ceremony = ceremonies.addDeal(ceremony.id(), ceremony.version(), dealId);
        }
        for (String name : witnessUnits) {
            Optional<PersonSummary> leader = Optional.ofNullable(byName.get(name)).map(UnitSummary::leader);
            if (leader.isPresent()) {
                ceremony = ceremonies.addWitness(ceremony.id(), ceremony.version(), leader.get().id());
            }
        }
        log.info("Demo signing ceremony “{}”: {} deals", session.titleZh(), ceremony.deals().size());
    }

    private SessionSummary createSession(EventSummary event, String titleZh, String titleEn, int day, LocalTime from, LocalTime to) {
        PlaceSummary hall = places.places(event.id()).stream().filter(p -> p.nameZh().equals("国际会议厅")).findFirst()
                .orElseGet(() -> places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "国际会议厅", "International Conference Hall", null)));
        SessionDraft s = new SessionDraft();
        s.setKind(SessionKind.SIGNING_CEREMONY);
        s.setTitleZh(titleZh);
        s.setTitleEn(titleEn);
        s.setStart(LocalDateTime.of(event.startDate().plusDays(day), from));
        s.setEnd(LocalDateTime.of(event.startDate().plusDays(day), to));
        s.setKeepConflicts(true);
        return switch (programme.create(event.id(), s.at(hall))) {
            case SessionSaveResult.Saved saved -> saved.session();
            case SessionSaveResult.HeldBack held -> throw new IllegalStateException("demo signing session held back: " + held);
        };
    }
}
