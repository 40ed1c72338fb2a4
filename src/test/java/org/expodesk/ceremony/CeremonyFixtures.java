package org.expodesk.ceremony;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.deal.DealDraft;
import org.expodesk.deal.DealKind;
import org.expodesk.deal.DealService;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.Industry;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
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
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.springframework.stereotype.Component;

/** An expo with its organiser signed in, a signing-ceremony session on its first day and deals of two units. */
@Component
public class CeremonyFixtures {

    public static final LocalDate FIRST = LocalDate.of(2026, 10, 16);
    public static final String[][] PROJECTS = {
            {"年产5万吨竹纤维新材料项目", "50,000 t/yr Bamboo Fibre Materials", "12345.67"},
            {"智能小家电产业园项目", "Smart Small Appliances Industrial Park", "30000.00"},
            {"冷链物流中心项目", "Cold-chain Logistics Centre", "8000.10"},
    };

    private final TestData data;
    private final EventService events;
    private final PlaceService places;
    private final ProgrammeService programme;
    private final UnitService units;
    private final DealService deals;

    CeremonyFixtures(TestData data, EventService events, PlaceService places, ProgrammeService programme, UnitService units, DealService deals) {
        this.data = data;
        this.events = events;
        this.places = places;
        this.programme = programme;
        this.units = units;
        this.deals = deals;
    }

    public record Setup(EventSummary event, AppUser organiser, SessionSummary session, List<DealSummary> deals) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Everything created as an administrator, then the event's new organiser is signed in. */
    public Setup expoWithDeals() {
        TestData.signInAs(data.admin());
        EventDraft d = new EventDraft();
        d.setNameZh("第四届云溪小商品博览会");
        d.setNameEn("4th Yunxi Small Commodities Expo");
        d.setKind(EventKind.EXPO);
        d.setStartDate(FIRST);
        d.setEndDate(FIRST.plusDays(2));
        d.setTimeZone("Asia/Shanghai");
        EventSummary event = events.create(d);
        UnitSummary yunxi = unit("云溪县", "Yunxi County");
        UnitSummary shimen = unit("石门县", "Shimen County");
        PlaceSummary room = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "国际会议厅", "International Conference Hall", null));
        SessionDraft s = new SessionDraft();
        s.setKind(SessionKind.SIGNING_CEREMONY);
        s.setTitleZh("重点项目集中签约仪式");
        s.setTitleEn("Key Projects Signing Ceremony");
        s.setStart(LocalDateTime.of(FIRST, java.time.LocalTime.of(17, 0)));
        s.setEnd(LocalDateTime.of(FIRST, java.time.LocalTime.of(18, 0)));
        SessionSummary session = ((SessionSaveResult.Saved) programme.create(event.id(), s.at(room))).session();
        List<DealSummary> made = new ArrayList<>();
        for (int i = 0; i < PROJECTS.length; i++) {
            UnitSummary unit = i % 2 == 0 ? yunxi : shimen;
            made.add(deals.create(event.id(), DealDraft.of(PROJECTS[i][0], PROJECTS[i][1], "投资方" + (i + 1) + "有限公司",
                    "Investor " + (i + 1) + " Co., Ltd.", "签约人" + (i + 1), "董事长", unit.id(), "本地代表" + (i % 2), "副县长",
                    i == 2 ? Industry.LOGISTICS : Industry.NEW_MATERIALS, PROJECTS[i][2], "CNY", DealKind.CONTRACT)));
        }
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        return new Setup(event, organiser, session, made);
    }

    private UnitSummary unit(String zh, String en) {
        UnitDraft u = new UnitDraft();
        u.setNameZh(unique(zh));
        u.setNameEn(en);
        u.setKind(UnitKind.CITY);
        return units.create(u);
    }
}
