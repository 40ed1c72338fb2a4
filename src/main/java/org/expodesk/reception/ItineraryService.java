package org.expodesk.reception;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.expodesk.badge.BadgeService;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal itineraries as PDF, singly and as a batch for the welcome desk: arrival pickup with car and driver,
 * hotel and room per night, meals with the table, the programme sessions the guest attends, and the contact person
 * (the liaison of the unit that invited them, else the reception desk), and the QR of the guest's badge once they have
 * a valid one, to show at the gate.
 */
@Service
@Transactional(readOnly = true)
public class ItineraryService {

    private final GuestService guests;
    private final LodgingService lodging;
    private final PickupService pickups;
    private final MealService meals;
    private final ProgrammeService programme;
    private final UnitService units;
    private final EventService events;
    private final BadgeService badges;
    private final ReceptionAccess access;

    ItineraryService(GuestService guests, LodgingService lodging, PickupService pickups, MealService meals, ProgrammeService programme,
            UnitService units, EventService events, BadgeService badges, ReceptionAccess access) {
        this.guests = guests;
        this.lodging = lodging;
        this.pickups = pickups;
        this.meals = meals;
        this.programme = programme;
        this.units = units;
        this.events = events;
        this.badges = badges;
        this.access = access;
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public void write(long guestId, OutputStream out) {
        GuestSummary guest = guests.find(guestId).orElseThrow(() -> new NotFoundException("guest", guestId));
        access.require(guest.eventId());
        ItineraryPdf.write(List.of(page(guest, context(guest.eventId()))), out);
    }

    /** Every accepted guest of the event, one page each, written to the stream as they are drawn. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public void writeBatch(long eventId, OutputStream out) {
        access.require(eventId);
        writeAccepted(eventId, guest -> true, out);
    }

    /**
     * The accepted guests among {@code guestIds} (e.g. the reception desk's filtered list), in the event's order, one
     * page each; ids of other events' guests are ignored.
     */
    @PreAuthorize(ReceptionAccess.TEAM)
    public void writeBatch(long eventId, Collection<Long> guestIds, OutputStream out) {
        access.require(eventId);
        Set<Long> wanted = Set.copyOf(guestIds);
        writeAccepted(eventId, guest -> wanted.contains(guest.id()), out);
    }

    private void writeAccepted(long eventId, Predicate<GuestSummary> wanted, OutputStream out) {
        Context context = context(eventId);
        List<ItineraryPdf.Page> pages = new ArrayList<>();
        for (GuestSummary guest : guests.all(eventId)) {
            if (guest.answer() == RsvpAnswer.ACCEPTED && wanted.test(guest)) {
                pages.add(page(guest, context));
            }
        }
        ItineraryPdf.write(pages, out);
    }

    private record Context(EventSummary event, Map<Long, StaySummary> stays, Map<Long, HotelSummary> hotels, List<MealSummary> meals) {
    }

    private Context context(long eventId) {
        EventSummary event = events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        return new Context(event,
                lodging.stays(eventId).stream().collect(Collectors.toMap(StaySummary::guestId, Function.identity())),
                lodging.hotels(eventId).stream().collect(Collectors.toMap(HotelSummary::id, Function.identity())),
                meals.meals(eventId));
    }

    private ItineraryPdf.Page page(GuestSummary guest, Context c) {
        StaySummary stay = c.stays().get(guest.id());
        List<ItineraryPdf.MealLine> mealLines = new ArrayList<>();
        for (MealSummary meal : c.meals()) {
            for (MealSummary.Table table : meal.tables()) {
                if (table.diners().stream().anyMatch(d -> d.guestId() == guest.id())) {
                    mealLines.add(new ItineraryPdf.MealLine(meal, table.tableNo()));
                }
            }
        }
        return new ItineraryPdf.Page(c.event(), guest, pickups.tripOf(guest.id(), TripDirection.ARRIVAL).orElse(null), stay,
                stay == null ? null : c.hotels().get(stay.hotelId()), mealLines,
                programme.forPerson(guest.eventId(), guest.personId()), contact(guest),
                badges.currentCode(guest.eventId(), guest.personId()).orElse(null));
    }

    private @org.jspecify.annotations.Nullable String contact(GuestSummary guest) {
        if (guest.invitingUnitId() == null) {
            return null;
        }
        return units.find(guest.invitingUnitId()).map(UnitSummary::liaison)
                .map(l -> l.nameZh() + (l.mobile() == null ? "" : "  " + l.mobile()) + "（" + guest.invitingUnitName() + "）")
                .orElse(null);
    }
}
