package org.expodesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.expodesk.account.AccountDraft;
import org.expodesk.account.AccountService;
import org.expodesk.account.DemoPasswords;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventStatus;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
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
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo once, through the same services a person uses, so the demo obeys every rule. */
@Component
@Order(10)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EventService events;
    private final UnitService units;
    private final PersonService persons;
    private final AccountService accounts;
    private final DemoFloorPlan floorPlan;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BadgeService badges;
    private final BadgeTypeService badgeTypes;
    /** Persons seeded with the badge type code they should get on the expo (see {@link #issueBadges}). */
    private final java.util.Map<Long, Integer> badgeFor = new java.util.LinkedHashMap<>();
    private @Nullable Long expoId;

    DemoData(EventService events, UnitService units, PersonService persons, AccountService accounts,
            DemoFloorPlan floorPlan, TransactionTemplate transactions, Clock clock, BadgeService badges,
            BadgeTypeService badgeTypes) {
        this.floorPlan = floorPlan;
        this.badges = badges;
        this.badgeTypes = badgeTypes;
        this.events = events;
        this.units = units;
        this.persons = persons;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            if (events.count(new EventFilter(null, true)) > 0) {
                log.info("Demo data already present. Demo sign-ins: {}", signIns());
                return;
            }
            transactions.executeWithoutResult(tx -> seed());
            issueBadges();
            log.info("""

                    ============================================================
                     ExpoDesk demo is ready. Sign in at http://localhost:{}/login
                     {}
                    ============================================================""",
                    System.getProperty("server.port", "8080"), signIns());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String signIns() {
        StringBuilder text = new StringBuilder();
        for (Role role : Role.values()) {
            text.append(String.format("%n   %-10s password %s", DemoPasswords.username(role), DemoPasswords.BY_ROLE.get(role)));
        }
        return text.toString();
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        EventSummary expo = events.create(event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", EventKind.EXPO, 4,
                today.plusDays(38), today.plusDays(41), "云溪小商品城三期一楼 4号馆、5号馆（26,000 平方米）",
                "Halls 4 & 5, Phase 3 Ground Floor, Yunxi Small Commodities City (26,000 m²)",
                "青山市云溪县商城大道 188 号", EventStatus.REGISTRATION));
        expoId = expo.id();
        EventSummary fair = events.create(event("第二十二届中国海西投资贸易洽谈会（青山市代表团）",
                "22nd Haixi Investment and Trade Fair (Qingshan City Delegation)", EventKind.INVESTMENT_FAIR, 22,
                today.plusDays(75), today.plusDays(78), "海西国际会展中心", "Haixi International Convention and Exhibition Center",
                "海西市会展路 1 号", EventStatus.PLANNING));

        UnitSummary city = unit(null, "青山市", "Qingshan City", UnitKind.CITY, 0,
                "陈建国", "副市长", "13905791001", "周晓燕", "市政府办公室副主任", "13905791002");
        UnitSummary yunxi = unit(city, "云溪县", "Yunxi County", UnitKind.COUNTY, 10,
                "王志刚", "副县长", "13905792001", "李敏", "县商务局副局长", "13905792002");
        unit(city, "石门县", "Shimen County", UnitKind.COUNTY, 20,
                "刘伟", "副县长", "13905793001", "赵倩", "县招商局科长", "13905793002");
        UnitSummary district = unit(city, "青山区", "Qingshan District", UnitKind.DISTRICT, 30,
                "孙立新", "副区长", "13905794001", "吴婷", "区商务局科员", "13905794002");
        unit(city, "青山经济开发区", "Qingshan Economic Development Zone", UnitKind.DEVELOPMENT_ZONE, 40,
                "郑海峰", "管委会副主任", "13905795001", "黄静", "招商局副局长", "13905795002");
        unit(city, "空港产业园", "Airport Industrial Park", UnitKind.DEVELOPMENT_ZONE, 50,
                "马骏", "管委会主任", "13905796001", "林芳", "综合办主任", "13905796002");
        UnitSummary shangcheng = unit(yunxi, "商城街道", "Shangcheng Subdistrict", UnitKind.TOWNSHIP, 10,
                "何国平", "党工委副书记", "13905792101", "许丽", "经济发展办主任", "13905792102");
        unit(yunxi, "溪口镇", "Xikou Town", UnitKind.TOWNSHIP, 20,
                "冯强", "副镇长", "13905792201", "曹雪", "镇招商办科员", "13905792202");
        unit(district, "东湖街道", "Donghu Subdistrict", UnitKind.TOWNSHIP, 10,
                "邓华", "副主任", "13905794101", "彭丽娟", "经济办科员", "13905794102");
        List<String[]> departments = List.of(
                new String[] {"市商务局", "Municipal Bureau of Commerce", "张卫东", "局长", "13905797001", "钱燕", "会展科科长", "13905797002"},
                new String[] {"市招商局", "Municipal Investment Promotion Bureau", "杨帆", "局长", "13905797101", "朱莉", "项目科科长", "13905797102"},
                new String[] {"市公安局", "Municipal Public Security Bureau", "韩军", "副局长", "13905797201", "蒋涛", "治安支队民警", "13905797202"},
                new String[] {"市消防救援支队", "Municipal Fire and Rescue Detachment", "沈斌", "副支队长", "13905797301", "韦诚", "防火监督科参谋", "13905797302"},
                new String[] {"市市场监督管理局", "Municipal Market Supervision Administration", "秦岚", "副局长", "13905797401", "尤佳", "食品安全科科员", "13905797402"},
                new String[] {"市卫生健康委员会", "Municipal Health Commission", "许明", "副主任", "13905797501", "吕冰", "医政科科员", "13905797502"});
        int order = 100;
        for (String[] d : departments) {
            unit(city, d[0], d[1], UnitKind.DEPARTMENT, order += 10, d[2], d[3], d[4], d[5], d[6], d[7]);
        }
        unit(yunxi, "云溪县商务局", "Yunxi County Bureau of Commerce", UnitKind.DEPARTMENT, 100,
                "陆平", "局长", "13905792301", "施琴", "外贸科科长", "13905792302");

        String[][] guests = {
                {"李明", "Li Ming", "采购经理", "上海百联集团", "13816001001", "2"},
                {"陈静", "Chen Jing", "总经理", "福建恒安贸易有限公司", "13905001002", "3"},
                {"黄志强", "Huang Zhiqiang", "董事长", "厦门海晟投资有限公司", "13905001003", "3"},
                {"Anna Müller", "Anna Müller", "Einkäuferin", "Müller Haushaltswaren GmbH", "+49 30 1234567", "2"},
                {"周洋", "Zhou Yang", "记者", "青山日报社", "13905791888", "5"},
                {"吴晓东", "Wu Xiaodong", "销售总监", "义乌星辰日用品有限公司", "13905792888", "1"}};
        for (String[] g : guests) {
            long id = persons.create(PersonDraft.of(g[0], g[1], g[2], g[3], g[4], null)).id();
            badgeFor.put(id, Integer.parseInt(g[5]));
        }
        long started = System.nanoTime();
        int booths = floorPlan.seed(expo.id(), shangcheng.id());
        log.info("Demo floor plan: halls 4 and 5 with {} booths in {} ms", booths, (System.nanoTime() - started) / 1_000_000);

        account(Role.ADMIN, "系统管理员", Set.of(), null);
        Long organiserPerson = persons.save(null, PersonDraft.of("钱燕", "Qian Yan", "会展科科长", "青山市商务局", "13905797002", "qianyan@example.cn")).id();
        account(Role.ORGANISER, "钱燕（组委会办公室）", Set.of(expo.id(), fair.id()), organiserPerson);
        account(Role.EXHIBITOR, "义乌星辰日用品有限公司", Set.of(expo.id()), null);
        account(Role.RECEPTION, "接待组 许丽", Set.of(expo.id()), null);
        account(Role.SAFETY, "安全检查组 韦诚", Set.of(expo.id()), null);
        account(Role.VOLUNTEER, "志愿者 小林", Set.of(expo.id()), null);
    }

    private static final int VIP = 4;
    private static final int STAFF = 6;

    /** Badges for the expo's guests, leaders and liaisons; after the seed transaction, as signing keys need their own. */
    private void issueBadges() {
        if (expoId == null) {
            return;
        }
        var typesByCode = new java.util.HashMap<Integer, Long>();
        badgeTypes.types(expoId).forEach(t -> typesByCode.put(t.code(), t.id()));
        badgeFor.forEach((personId, code) -> {
            Long typeId = typesByCode.get(code);
            if (typeId != null) {
                badges.issue(expoId, personId, typeId);
            }
        });
    }

    private static EventDraft event(String zh, String en, EventKind kind, int edition, LocalDate start, LocalDate end,
            String venueZh, String venueEn, String address, EventStatus status) {
        EventDraft d = new EventDraft();
        d.setNameZh(zh);
        d.setNameEn(en);
        d.setKind(kind);
        d.setEdition(edition);
        d.setStartDate(start);
        d.setEndDate(end);
        d.setVenueNameZh(venueZh);
        d.setVenueNameEn(venueEn);
        d.setVenueAddress(address);
        d.setStatus(status);
        return d;
    }

    private UnitSummary unit(@Nullable UnitSummary parent, String zh, String en, UnitKind kind, int order,
            String leader, String leaderTitle, String leaderMobile, String liaison, String liaisonTitle, String liaisonMobile) {
        UnitDraft d = new UnitDraft();
        d.setParentId(parent == null ? null : parent.id());
        d.setNameZh(zh);
        d.setNameEn(en);
        d.setKind(kind);
        d.setSortOrder(order);
        d.setLeaderName(leader);
        d.setLeaderTitle(leaderTitle);
        d.setLeaderMobile(leaderMobile);
        d.setLiaisonName(liaison);
        d.setLiaisonTitle(liaisonTitle);
        d.setLiaisonMobile(liaisonMobile);
        UnitSummary created = units.create(d);
        if (created.leader() != null && order < 100) {
            badgeFor.put(created.leader().id(), VIP);
        }
        if (created.liaison() != null) {
            badgeFor.put(created.liaison().id(), STAFF);
        }
        return created;
    }

    private void account(Role role, String displayName, Set<Long> eventIds, @Nullable Long personId) {
        AccountDraft d = new AccountDraft();
        d.setUsername(DemoPasswords.username(role));
        d.setDisplayName(displayName);
        d.setPassword(DemoPasswords.BY_ROLE.get(role));
        d.setRoles(EnumSet.of(role));
        d.setEventIds(eventIds);
        d.setPersonId(personId);
        accounts.create(d);
    }
}
