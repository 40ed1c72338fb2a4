package org.expodesk.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSaveResult;
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
 * The demo programme: three days of the expo (opening ceremony at 09:00, press conference, promotion meetings,
 * matchmaking, the signing ceremony, site visits, the history-and-culture tourism festival) with the units' leaders
 * as speakers, and the investment fair's provincial briefing followed by its 17:00–18:00 signing. One pair of
 * sessions is kept in conflict on purpose, so the mark can be seen. Seeded once, through the services.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoProgramme implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    private final EventService events;
    private final ProgrammeService programme;
    private final PlaceService places;
    private final UnitService units;
    private final PersonService persons;
    private final Map<String, PersonSummary> people = new HashMap<>();
    private final Map<String, UnitSummary> unitsByName = new HashMap<>();

    DemoProgramme(EventService events, ProgrammeService programme, PlaceService places, UnitService units, PersonService persons) {
        this.events = events;
        this.programme = programme;
        this.places = places;
        this.units = units;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            List<EventSummary> all = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).getContent();
            EventSummary expo = all.stream().filter(e -> e.nameZh().equals("第四届云溪小商品博览会")).findFirst().orElse(null);
            EventSummary fair = all.stream().filter(e -> e.kind() == EventKind.INVESTMENT_FAIR).findFirst().orElse(null);
            if (expo == null || !programme.sessions(expo.id()).isEmpty()) {
                return;
            }
            for (UnitSummary u : units.tree()) {
                unitsByName.put(u.nameZh(), u);
                if (u.leader() != null) {
                    people.put(u.leader().nameZh(), u.leader());
                }
            }
            int count = seedExpo(expo);
            if (fair != null) {
                count += seedFair(fair);
            }
            log.info("Demo programme: {} sessions", count);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int seedExpo(EventSummary expo) {
        Map<String, PlaceSummary> at = new HashMap<>();
        places.places(expo.id()).forEach(p -> at.put(p.nameZh().startsWith("4号馆") ? "H4" : p.nameZh().startsWith("5号馆") ? "H5" : p.nameZh(), p));
        at.put("MAIN", room(expo, PlaceKind.ROOM, "会展中心一楼报告厅（主会场）", "Lecture Hall, Ground Floor (Main Venue)", null, 10));
        at.put("R1", room(expo, PlaceKind.ROOM, "第一会议室", "Meeting Room 1", null, 20));
        at.put("R2", room(expo, PlaceKind.ROOM, "第二会议室", "Meeting Room 2", null, 30));
        at.put("VIP", room(expo, PlaceKind.ROOM, "贵宾接待室", "VIP Reception Room", null, 40));
        at.put("HOTEL", room(expo, PlaceKind.OUTSIDE, "云溪宾馆宴会厅", "Yunxi Hotel Banquet Hall", "云溪县商城大道 66 号", 50));
        at.put("TOWN", room(expo, PlaceKind.OUTSIDE, "云溪古镇文化广场", "Yunxi Old Town Culture Square", "云溪县古镇路 1 号", 60));
        at.put("PARK", room(expo, PlaceKind.OUTSIDE, "空港产业园展示中心", "Airport Industrial Park Showroom", "青山市空港大道 8 号", 70));
        LocalDate d1 = expo.startDate();
        LocalDate d2 = d1.plusDays(1);
        LocalDate d3 = d1.plusDays(2);
        String[][] rows = {
                // day, from, to, kind, title zh, title en, place, speakers (、), host unit, public (y/n), dress code
                {"1", "09:00", "10:00", "OPENING_CEREMONY", "第四届云溪小商品博览会开幕式", "Opening Ceremony of the 4th Yunxi Small Commodities Expo", "H4", "陈建国、王志刚", "云溪县", "y", "正装"},
                {"1", "10:30", "11:30", "PRESS_CONFERENCE", "博览会新闻发布会", "Expo Press Conference", "R1", "陆平", "云溪县商务局", "y", "正装"},
                {"1", "10:00", "11:30", "OTHER", "领导巡馆", "Leaders' Tour of the Halls", "H5", "", "云溪县商务局", "n", ""},
                {"1", "14:00", "15:30", "PROMOTION_MEETING", "云溪小商品城推介会", "Yunxi Small Commodities City Promotion Meeting", "MAIN", "何国平、王志刚", "商城街道", "y", "商务正装"},
                {"1", "14:00", "16:00", "MATCHMAKING", "日用百货采购对接会", "Daily Goods Buyers' Matchmaking", "R2", "", "云溪县商务局", "y", ""},
                {"1", "16:00", "17:30", "PROMOTION_MEETING", "空港产业园招商推介会", "Airport Industrial Park Investment Promotion", "MAIN", "马骏", "空港产业园", "y", "商务正装"},
                {"1", "16:00", "17:00", "MATCHMAKING", "五金工具专场对接会", "Hardware and Tools Matchmaking", "R1", "", "溪口镇", "y", ""},
                {"1", "14:30", "16:30", "OTHER", "采购商看样选品", "Buyers' Sample Viewing", "H5", "", "云溪县商务局", "y", ""},
                {"1", "18:30", "20:30", "BANQUET", "欢迎晚宴", "Welcome Banquet", "HOTEL", "陈建国", "青山市商务局", "n", "正装"},
                {"1", "09:30", "11:00", "OTHER", "采购商报到与接待", "Buyer Registration and Reception", "VIP", "", "云溪县商务局", "n", ""},
                {"1", "11:30", "12:00", "OTHER", "贵宾会见", "Meeting with VIP Guests", "VIP", "王志刚", "云溪县", "n", "正装"},
                {"1", "19:00", "21:00", "FESTIVAL", "云溪历史文化旅游节开幕演出", "Yunxi History and Culture Tourism Festival: Opening Show", "TOWN", "冯强", "溪口镇", "y", ""},
                {"2", "09:00", "11:00", "MATCHMAKING", "跨境电商对接会", "Cross-border E-commerce Matchmaking", "R1", "张卫东", "青山市商务局", "y", ""},
                {"2", "09:00", "11:30", "MATCHMAKING", "新能源产业对接会", "New Energy Industry Matchmaking", "R2", "郑海峰", "青山经济开发区", "y", ""},
                {"2", "09:30", "11:30", "SITE_VISIT", "客商考察空港产业园", "Investors' Visit to the Airport Industrial Park", "PARK", "马骏", "空港产业园", "n", ""},
                {"2", "10:00", "11:00", "PROMOTION_MEETING", "石门县特色产业推介会", "Shimen County Featured Industries Promotion", "MAIN", "刘伟", "石门县", "y", "商务正装"},
                {"2", "11:00", "12:00", "PROMOTION_MEETING", "青山区商贸物流推介会", "Qingshan District Trade and Logistics Promotion", "MAIN", "孙立新", "青山区", "y", "商务正装"},
                {"2", "14:00", "15:00", "OTHER", "经贸洽谈会", "Trade and Economic Talks", "MAIN", "杨帆", "青山市招商局", "y", "商务正装"},
                {"2", "15:00", "16:00", "SIGNING_CEREMONY", "重点项目集中签约仪式", "Signing Ceremony of Key Projects", "MAIN", "陈建国、杨帆", "青山市招商局", "y", "正装"},
                {"2", "14:00", "15:30", "MATCHMAKING", "工艺礼品专场对接会", "Crafts and Gifts Matchmaking", "R1", "", "商城街道", "y", ""},
                {"2", "14:00", "16:00", "MATCHMAKING", "一对一精准对接（第一场）", "One-to-one Matchmaking, Round 1", "R2", "", "青山市招商局", "n", ""},
                {"2", "16:00", "17:30", "MATCHMAKING", "一对一精准对接（第二场）", "One-to-one Matchmaking, Round 2", "R2", "", "青山市招商局", "n", ""},
                {"2", "10:00", "12:00", "OTHER", "非遗手工艺展示", "Intangible Heritage Crafts Show", "H4", "", "溪口镇", "y", ""},
                {"2", "14:30", "16:30", "OTHER", "网红直播带货专场", "Live-streaming Sales Special", "H5", "", "云溪县商务局", "y", ""},
                {"2", "16:00", "17:00", "OTHER", "签约项目媒体采访", "Press Interviews on the Signed Projects", "VIP", "杨帆", "青山市招商局", "n", ""},
                {"2", "18:30", "20:00", "BANQUET", "客商答谢晚宴", "Investors' Thank-you Dinner", "HOTEL", "王志刚", "云溪县", "n", "正装"},
                {"2", "19:30", "21:30", "FESTIVAL", "古镇灯会与美食节", "Old Town Lantern and Food Festival", "TOWN", "", "溪口镇", "y", ""},
                {"3", "09:00", "10:30", "MATCHMAKING", "电商平台与本地企业对接会", "E-commerce Platforms Meet Local Firms", "R1", "张卫东", "青山市商务局", "y", ""},
                {"3", "09:00", "11:00", "SITE_VISIT", "考察商城街道重点企业", "Visit to Key Firms of Shangcheng Subdistrict", "VIP", "何国平", "商城街道", "n", ""},
                {"3", "09:30", "11:00", "PROMOTION_MEETING", "青山经济开发区投资环境推介会", "Qingshan Economic Development Zone Investment Promotion", "MAIN", "郑海峰", "青山经济开发区", "y", "商务正装"},
                {"3", "09:30", "11:30", "MATCHMAKING", "农特产品产销对接会", "Farm Produce Supply and Sales Matchmaking", "R2", "", "溪口镇", "y", ""},
                {"3", "10:00", "12:00", "FESTIVAL", "历史文化旅游节：古镇巡游", "Tourism Festival: Old Town Parade", "TOWN", "冯强", "溪口镇", "y", ""},
                {"3", "11:00", "12:00", "OTHER", "小商品市场发展论坛", "Forum on Small Commodity Markets", "MAIN", "陆平", "云溪县商务局", "y", ""},
                {"3", "14:00", "15:30", "MATCHMAKING", "外贸采购商专场对接会", "Foreign Buyers Matchmaking", "R1", "", "云溪县商务局", "y", ""},
                {"3", "14:00", "16:00", "OTHER", "采购订单集中登记", "Purchase Orders Registration", "R2", "", "云溪县商务局", "n", ""},
                {"3", "14:00", "16:00", "OTHER", "优秀展商评选展示", "Outstanding Exhibitors Showcase", "H4", "", "云溪县商务局", "y", ""},
                {"3", "14:30", "16:00", "SITE_VISIT", "考察云溪古镇文旅项目", "Visit to the Old Town Tourism Projects", "TOWN", "", "溪口镇", "n", ""},
                {"3", "16:00", "17:00", "OTHER", "博览会总结会", "Expo Review Meeting", "MAIN", "王志刚", "云溪县", "n", ""},
                {"3", "17:00", "17:30", "OTHER", "闭幕式", "Closing Ceremony", "H4", "王志刚", "云溪县", "y", "正装"},
                {"3", "18:00", "20:00", "FESTIVAL", "旅游节闭幕焰火晚会", "Tourism Festival Closing Fireworks", "TOWN", "", "溪口镇", "y", ""},
        };
        int created = 0;
        for (String[] r : rows) {
            LocalDate day = switch (r[0]) {
                case "1" -> d1;
                case "2" -> d2;
                default -> d3;
            };
            SessionDraft d = draft(r, day, at.get(r[6]));
            if (r[4].equals("领导巡馆")) {
                // The county leader is expected on the tour while he speaks at the press conference: kept knowingly.
                d.setParticipants(List.of(new SessionDraft.Participant(people.get("王志刚").id(), true),
                        new SessionDraft.Participant(people.get("陈建国").id(), true)));
                d.setKeepConflicts(true);
            }
            if (r[4].equals("博览会新闻发布会")) {
                d.setSpeakerIds(List.of(people.get("陆平").id(), people.get("王志刚").id()));
            }
            save(expo, d);
            created++;
        }
        return created;
    }

    private int seedFair(EventSummary fair) {
        PlaceSummary main = room(fair, PlaceKind.OUTSIDE, "海西国际会展中心 开幕式主会场", "Haixi International Convention Center, Opening Venue",
                "海西市会展路 1 号", 10);
        PlaceSummary hallA = room(fair, PlaceKind.ROOM, "A1 会议厅", "Conference Hall A1", null, 20);
        PlaceSummary roomB = room(fair, PlaceKind.ROOM, "B2 会议室", "Meeting Room B2", null, 30);
        LocalDate d1 = fair.startDate();
        String[][] rows = {
                {"1", "09:30", "10:30", "OPENING_CEREMONY", "第二十二届海西投资贸易洽谈会开幕式", "Opening Ceremony of the 22nd Haixi Investment and Trade Fair", "MAIN", "陈建国", "青山市", "y", "正装"},
                {"1", "15:30", "17:00", "PROMOTION_MEETING", "省级专场推介会", "Provincial Investment Briefing", "A1", "陈建国、杨帆", "青山市招商局", "y", "正装"},
                {"1", "17:00", "18:00", "SIGNING_CEREMONY", "省级专场项目签约仪式", "Provincial Briefing: Signing Ceremony", "A1", "陈建国", "青山市招商局", "y", "正装"},
                {"2", "09:30", "11:30", "MATCHMAKING", "青山市投资合作对接会（约 50 位客商）", "Qingshan Investment Matchmaking (about 50 investors)", "B2", "杨帆", "青山市招商局", "y", "商务正装"},
                {"2", "14:00", "16:00", "MATCHMAKING", "新能源主题对接会", "New Energy Themed Matchmaking", "A1", "郑海峰", "青山经济开发区", "y", ""},
                {"3", "09:30", "11:00", "MATCHMAKING", "上市公司对接会", "Listed Companies Matchmaking", "B2", "张卫东", "青山市商务局", "y", ""},
        };
        Map<String, PlaceSummary> at = Map.of("MAIN", main, "A1", hallA, "B2", roomB);
        int created = 0;
        for (String[] r : rows) {
            save(fair, draft(r, d1.plusDays(Integer.parseInt(r[0]) - 1), at.get(r[6])));
            created++;
        }
        return created;
    }

    private SessionDraft draft(String[] r, LocalDate day, PlaceSummary place) {
        SessionDraft d = new SessionDraft();
        d.setKind(SessionKind.valueOf(r[3]));
        d.setTitleZh(r[4]);
        d.setTitleEn(r[5]);
        d.setStart(day.atTime(LocalTime.parse(r[1])));
        d.setEnd(day.atTime(LocalTime.parse(r[2])));
        d.at(place);
        List<Long> speakers = new ArrayList<>();
        for (String name : r[7].split("、")) {
            if (!name.isBlank() && people.containsKey(name)) {
                speakers.add(people.get(name).id());
            }
        }
        d.setSpeakerIds(speakers);
        UnitSummary host = unitsByName.get(r[8]);
        d.setHostUnitId(host == null ? null : host.id());
        d.setPublicSession("y".equals(r[9]));
        d.setDressCode(r[10].isBlank() ? null : r[10]);
        if (d.getKind() == SessionKind.MATCHMAKING || d.getKind() == SessionKind.SIGNING_CEREMONY) {
            List<SessionDraft.Participant> guests = new ArrayList<>();
            for (String guest : List.of("黄志强", "陈静")) {
                persons.search(guest, PageRequest.of(0, 1)).stream().findFirst()
                        .ifPresent(p -> guests.add(new SessionDraft.Participant(p.id(), false)));
            }
            d.setParticipants(guests);
        }
        return d;
    }

    private PlaceSummary room(EventSummary event, PlaceKind kind, String zh, String en, String address, int order) {
        PlaceDraft d = PlaceDraft.of(kind, zh, en, address);
        d.setSortOrder(order);
        return places.create(event.id(), d);
    }

    private void save(EventSummary event, SessionDraft draft) {
        if (programme.create(event.id(), draft) instanceof SessionSaveResult.HeldBack held) {
            throw new IllegalStateException("Demo session " + draft.getTitleZh() + " clashes: " + held.conflicts());
        }
    }
}
