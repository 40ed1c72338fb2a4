package org.expodesk.reception;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reception desk's list: every accepted guest of the event with their trips, room and what is missing, in
 * arrival order (guests without an arrival time last). Read in one go: an event has hundreds of guests, not more.
 */
@Service
@Transactional(readOnly = true)
public class GuestDesk {

    private final GuestService guests;
    private final PickupService pickups;
    private final LodgingService lodging;
    private final ReceptionAccess access;

    GuestDesk(GuestService guests, PickupService pickups, LodgingService lodging, ReceptionAccess access) {
        this.guests = guests;
        this.pickups = pickups;
        this.lodging = lodging;
        this.access = access;
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public List<DeskLine> lines(long eventId, DeskFilter filter) {
        access.require(eventId);
        Map<Long, StaySummary> stays = lodging.stays(eventId).stream().collect(Collectors.toMap(StaySummary::guestId, Function.identity()));
        Map<Long, TripSummary> arriving = byGuest(pickups.trips(eventId, TripDirection.ARRIVAL));
        Map<Long, TripSummary> leaving = byGuest(pickups.trips(eventId, TripDirection.DEPARTURE));
        return guests.all(eventId).stream().filter(g -> g.answer() == RsvpAnswer.ACCEPTED)
                .sorted(Comparator.comparing((GuestSummary g) -> g.arrival() == null || g.arrival().at() == null)
                        .thenComparing(g -> g.arrival() == null || g.arrival().at() == null ? null : g.arrival().at().toInstant(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GuestSummary::nameZh))
                .map(g -> new DeskLine(g, arriving.get(g.id()), leaving.get(g.id()), stays.get(g.id())))
                .filter(filter::matches).toList();
    }

    private static Map<Long, TripSummary> byGuest(List<TripSummary> trips) {
        return trips.stream().flatMap(t -> t.passengers().stream().map(p -> Map.entry(p.guestId(), t)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
