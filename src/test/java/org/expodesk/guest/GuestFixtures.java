package org.expodesk.guest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;

/** Builders for the guest tests: an event with its organiser, units with liaisons, guests. */
public final class GuestFixtures {

    private GuestFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique mainland mobile (139 + 8 random digits). */
    public static String mobile() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    /** A three-day event from {@code first} in Asia/Shanghai, made by an administrator; its new organiser is signed in. */
    public static EventSummary signInAsOrganiserOfNewEvent(TestData data, EventService events, LocalDate first) {
        TestData.signInAs(data.admin());
        EventDraft d = new EventDraft();
        d.setNameZh("第四届云溪小商品博览会");
        d.setNameEn("4th Yunxi Small Commodities Expo");
        d.setKind(EventKind.EXPO);
        d.setStartDate(first);
        d.setEndDate(first.plusDays(2));
        d.setTimeZone("Asia/Shanghai");
        d.setVenueNameZh("云溪国际会展中心");
        d.setVenueNameEn("Yunxi International Expo Centre");
        EventSummary event = events.create(d);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        return event;
    }

    /** A county with a liaison; call as office staff. */
    public static UnitSummary countyWithLiaison(UnitService units, String name, String liaisonName, String liaisonMobile) {
        UnitDraft city = new UnitDraft();
        city.setNameZh(unique("云溪市"));
        city.setKind(UnitKind.CITY);
        UnitSummary parent = units.create(city);
        UnitDraft county = new UnitDraft();
        county.setParentId(parent.id());
        county.setNameZh(name);
        county.setKind(UnitKind.COUNTY);
        county.setLiaisonName(liaisonName);
        county.setLiaisonMobile(liaisonMobile);
        return units.create(county);
    }

    public static GuestDraft guest(String nameZh, String nameEn, String organisation, GuestCategory category, String mobile) {
        GuestDraft d = GuestDraft.of(nameZh, nameEn, "总经理", organisation, category, mobile);
        d.setOrigin("福建省厦门市");
        return d;
    }
}
