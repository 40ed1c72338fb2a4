package org.expodesk.checkin.ui;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.checkin.GateDraft;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.springframework.stereotype.Component;

/**
 * For the gate screens' tests (browserless and in Chromium): a fair that opened yesterday with one hall of a
 * small capacity, gate N4 counting it, its organiser and a volunteer, and buyers' badges issued through the
 * real services. Public so that the browser test in another package can use it.
 */
@Component
public class GateScreensFixture {

    private final TestData data;
    private final HallService halls;
    private final GateService gates;
    private final BadgeTypeService types;
    private final BadgeService badges;
    private final PersonService persons;

    GateScreensFixture(TestData data, HallService halls, GateService gates, BadgeTypeService types, BadgeService badges,
            PersonService persons) {
        this.data = data;
        this.halls = halls;
        this.gates = gates;
        this.types = types;
        this.badges = badges;
        this.persons = persons;
    }

    public record Fair(EventSummary event, HallSummary hall, GateSummary gate, AppUser organiser, AppUser volunteer) {
    }

    /** Leaves the organiser signed in. */
    public Fair fair(int hallCapacity) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EventSummary event = data.event("第四届云溪小商品博览会 " + tag, "4th Yunxi Small Commodities Expo " + tag, -1);
        AppUser organiser = data.account("screens-office-" + tag, EnumSet.of(Role.ORGANISER), event.id());
        AppUser volunteer = data.account("screens-volunteer-" + tag, EnumSet.of(Role.VOLUNTEER), event.id());
        TestData.signInAs(organiser);
        HallDraft hall = new HallDraft();
        hall.setCode("4");
        hall.setNameZh("4号馆");
        hall.setNameEn("Hall 4");
        hall.setWidth(new BigDecimal("120"));
        hall.setDepth(new BigDecimal("80"));
        hall.setCapacity(hallCapacity);
        hall.setEntrances(List.of());
        HallSummary created = halls.create(event.id(), hall);
        GateSummary gate = gates.create(event.id(), GateDraft.of("N4", "4号馆北门", "Hall 4 north gate", created.id()));
        return new Fair(event, created, gate, organiser, volunteer);
    }

    public GateService gatesOf(Fair fair) {
        return gates;
    }

    /** The code of a new buyer's badge (single entry); leaves the organiser signed in. */
    public String buyerBadge(Fair fair, String nameZh, String nameEn) {
        TestData.signInAs(fair.organiser());
        var person = persons.create(PersonDraft.of(nameZh, nameEn, null, "云溪商贸有限公司", null, null));
        long buyer = types.types(fair.event().id()).stream().filter(t -> t.code() == 2).findFirst().orElseThrow().id();
        return badges.print(badges.issue(fair.event().id(), person.id(), buyer).id()).code();
    }
}
