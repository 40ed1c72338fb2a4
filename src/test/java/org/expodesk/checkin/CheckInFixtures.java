package org.expodesk.checkin;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.springframework.stereotype.Component;

/**
 * An event running today (it opened yesterday), with a hall, a gate counting that hall, its organiser and a
 * volunteer, and badges issued through the real services. Leaves the organiser signed in.
 */
@Component
class CheckInFixtures {

    static final int EXHIBITOR = 1;
    static final int BUYER = 2;

    private final TestData data;
    private final HallService halls;
    private final GateService gates;
    private final BadgeTypeService types;
    private final BadgeService badges;
    private final PersonService persons;

    CheckInFixtures(TestData data, HallService halls, GateService gates, BadgeTypeService types, BadgeService badges,
            PersonService persons) {
        this.data = data;
        this.halls = halls;
        this.gates = gates;
        this.types = types;
        this.badges = badges;
        this.persons = persons;
    }

    record Fair(EventSummary event, HallSummary hall, GateSummary gate, AppUser organiser, AppUser volunteer) {
    }

    /** An event that opened {@code daysAgo} days ago (three days long). */
    Fair fair(int daysAgo) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EventSummary event = data.event("第四届云溪小商品博览会 " + tag, "4th Yunxi Small Commodities Expo " + tag, -daysAgo);
        AppUser organiser = data.account("gate-office-" + tag, EnumSet.of(Role.ORGANISER), event.id());
        AppUser volunteer = data.account("gate-volunteer-" + tag, EnumSet.of(Role.VOLUNTEER), event.id());
        TestData.signInAs(organiser);
        HallSummary hall = halls.create(event.id(), hall("4"));
        GateSummary gate = gates.create(event.id(), GateDraft.of("N4", "4号馆北门", "Hall 4 north gate", hall.id()));
        return new Fair(event, hall, gate, organiser, volunteer);
    }

    Fair fair() {
        return fair(1);
    }

    GateSummary gate(Fair fair, String code, Set<Long> allowedTypeIds) {
        TestData.signInAs(fair.organiser());
        GateDraft draft = GateDraft.of(code, code + "号门", "Gate " + code, fair.hall().id());
        draft.setAllowedTypeIds(allowedTypeIds);
        return gates.create(fair.event().id(), draft);
    }

    BadgeTypeSummary type(Fair fair, int code) {
        TestData.signInAs(fair.organiser());
        return types.types(fair.event().id()).stream().filter(t -> t.code() == code).findFirst().orElseThrow();
    }

    /** A badge of the type with this code for a new person; returns its summary (the code is in {@link #code}). */
    BadgeSummary badge(Fair fair, int typeCode, String nameZh) {
        TestData.signInAs(fair.organiser());
        var person = persons.create(PersonDraft.of(nameZh, "Guest " + nameZh, null, "云溪商贸有限公司", null, null));
        return badges.issue(fair.event().id(), person.id(), type(fair, typeCode).id());
    }

    String code(BadgeSummary badge) {
        return badges.print(badge.id()).code();
    }

    GateService gates() {
        return gates;
    }

    static HallDraft hall(String code) {
        HallDraft draft = new HallDraft();
        draft.setCode(code);
        draft.setNameZh(code + "号馆");
        draft.setNameEn("Hall " + code);
        draft.setWidth(new BigDecimal("120"));
        draft.setDepth(new BigDecimal("80"));
        draft.setCapacity(5000);
        draft.setEntrances(List.of());
        return draft;
    }
}
