package org.expodesk.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.booth.HallDraft;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;

/** Small builders for the programme tests: an event in a given time zone with its own organiser, and sessions. */
final class ProgrammeFixtures {

    private ProgrammeFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A three-day event from {@code first}, created by an administrator, and a new organiser of it, signed in. */
    static EventSummary signInAsOrganiserOfNewEvent(TestData data, EventService events, LocalDate first, String zone) {
        TestData.signInAs(data.admin());
        EventDraft d = new EventDraft();
        d.setNameZh("第四届云溪小商品博览会");
        d.setNameEn("4th Yunxi Small Commodities Expo");
        d.setKind(EventKind.EXPO);
        d.setStartDate(first);
        d.setEndDate(first.plusDays(2));
        d.setTimeZone(zone);
        EventSummary event = events.create(d);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        return event;
    }

    static HallDraft hall(String code) {
        HallDraft d = new HallDraft();
        d.setCode(code);
        d.setNameZh(code + "号馆");
        d.setNameEn("Hall " + code);
        d.setWidth(new BigDecimal("130"));
        d.setDepth(new BigDecimal("100"));
        return d;
    }

    static SessionDraft session(SessionKind kind, String titleZh, String titleEn, String from, String to) {
        SessionDraft d = new SessionDraft();
        d.setKind(kind);
        d.setTitleZh(titleZh);
        d.setTitleEn(titleEn);
        d.setStart(LocalDateTime.parse(from));
        d.setEnd(LocalDateTime.parse(to));
        return d;
    }
}
