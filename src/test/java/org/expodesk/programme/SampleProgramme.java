package org.expodesk.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventStatus;
import org.expodesk.event.EventSummary;

/** A made-up three-day programme with distinct bilingual titles, for the PDF tests and the PDF benchmark. */
public final class SampleProgramme {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[][] TOPICS = {
            {"小商品城", "Small Commodities City"}, {"空港产业园", "Airport Industrial Park"}, {"新能源", "New Energy"},
            {"跨境电商", "Cross-border E-commerce"}, {"文化旅游", "Culture and Tourism"}, {"现代农业", "Modern Agriculture"},
            {"智能制造", "Smart Manufacturing"}, {"日用百货", "Daily Goods"}};
    private static final SessionKind[] KINDS = {SessionKind.PROMOTION_MEETING, SessionKind.MATCHMAKING, SessionKind.SITE_VISIT,
            SessionKind.PRESS_CONFERENCE, SessionKind.OTHER};
    private static final String[][] SPEAKERS = {{"王志刚", "Wang Zhigang", "副县长"}, {"马骏", "Ma Jun", "管委会主任"},
            {"张卫东", "Zhang Weidong", "局长"}, {"杨帆", "Yang Fan", "局长"}, {"郑海峰", "Zheng Haifeng", "管委会副主任"}};

    private SampleProgramme() {
    }

    public static EventSummary expo() {
        return new EventSummary(1, "第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", EventKind.EXPO, 4,
                LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 18), SHANGHAI, "云溪小商品城三期一楼 4号馆、5号馆",
                "Halls 4 & 5, Yunxi Small Commodities City", "青山市云溪县商城大道 188 号", EventStatus.REGISTRATION, false);
    }

    /** {@code count} sessions spread over the three days, in order of start; the first is the opening ceremony. */
    public static List<SessionSummary> sessions(EventSummary event, int count) {
        List<SessionPlace> places = List.of(new SessionPlace(PlaceKind.HALL, 1, "4号馆", "Hall 4", null),
                new SessionPlace(PlaceKind.ROOM, 2, "第一会议室", "Meeting Room 1", null),
                new SessionPlace(PlaceKind.ROOM, 3, "第二会议室", "Meeting Room 2", null),
                new SessionPlace(PlaceKind.ROOM, 4, "贵宾厅", "VIP Lounge", null),
                new SessionPlace(PlaceKind.OUTSIDE, 5, "云溪宾馆宴会厅", "Yunxi Hotel Banquet Hall", "商城大道 66 号"));
        List<SessionSummary> sessions = new ArrayList<>();
        int perDay = (count + 2) / 3;
        for (int i = 0; i < count; i++) {
            LocalDate day = event.startDate().plusDays(i / perDay);
            int slot = i % perDay;
            LocalTime start = LocalTime.of(8, 30).plusMinutes(slot * 25L);
            String[] topic = TOPICS[i % TOPICS.length];
            SessionKind kind = i == 0 ? SessionKind.OPENING_CEREMONY : KINDS[i % KINDS.length];
            String zh = i == 0 ? "开幕式" : topic[0] + "专场" + kindZh(kind) + "（第" + (i + 1) + "场）";
            String en = i == 0 ? "Opening Ceremony" : topic[1] + " " + kindEn(kind) + " No. " + (i + 1);
            String[] s = SPEAKERS[i % SPEAKERS.length];
            List<SessionPerson> people = List.of(new SessionPerson(100 + i % SPEAKERS.length, SessionRole.SPEAKER, false, s[0], s[1], s[2]));
            sessions.add(new SessionSummary(i + 1, event.id(), kind, zh, en, null, null,
                    day.atTime(start).atZone(SHANGHAI).toInstant(), day.atTime(start.plusMinutes(45)).atZone(SHANGHAI).toInstant(),
                    SHANGHAI, places.get(i % places.size()), null, "云溪县商务局", "Yunxi County Bureau of Commerce", people,
                    true, i == 0 ? "正装" : null, null, null, null, 0));
        }
        return sessions;
    }

    private static String kindZh(SessionKind kind) {
        return switch (kind) {
            case PROMOTION_MEETING -> "推介会";
            case MATCHMAKING -> "对接会";
            case SITE_VISIT -> "考察";
            case PRESS_CONFERENCE -> "新闻发布会";
            default -> "座谈会";
        };
    }

    private static String kindEn(SessionKind kind) {
        return switch (kind) {
            case PROMOTION_MEETING -> "Promotion";
            case MATCHMAKING -> "Matchmaking";
            case SITE_VISIT -> "Site Visit";
            case PRESS_CONFERENCE -> "Press Conference";
            default -> "Forum";
        };
    }
}
