package org.expodesk.reception;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.event.EventService;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.guest.Travel;
import org.expodesk.reception.domain.Trip;
import org.expodesk.reception.domain.TripRepository;
import org.expodesk.reception.domain.TripSeats;
import org.expodesk.reception.domain.Vehicle;
import org.expodesk.reception.domain.VehicleRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Pickups and drop-offs: the day's arrivals and departures from the guests' RSVP travel data, grouped into trips by
 * station or airport and time window, vehicles with drivers assigned to trips with their seats respected. When a
 * guest's travel changes, {@link TripRegrouping} moves them and leaves a notice on the board.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PickupService {

    /** A car waits this long at the station for the trains of one trip unless the team says otherwise. */
    public static final int DEFAULT_WINDOW_MINUTES = 45;

    /** Notices stay on the board this many days. */
    public static final int NOTICE_DAYS = 7;

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final TripRepository trips;
    private final VehicleRepository vehicles;
    private final TripSeats seats;
    private final GuestService guests;
    private final EventService events;
    private final ReceptionAccess access;
    private final java.time.Clock clock;

    PickupService(TripRepository trips, VehicleRepository vehicles, TripSeats seats, GuestService guests, EventService events,
            ReceptionAccess access, java.time.Clock clock) {
        this.clock = clock;
        this.trips = trips;
        this.vehicles = vehicles;
        this.seats = seats;
        this.guests = guests;
        this.events = events;
        this.access = access;
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public VehicleSummary addVehicle(long eventId, @Valid VehicleDraft draft) {
        access.require(eventId);
        Vehicle vehicle = new Vehicle(eventId, draft);
        if (vehicles.existsByEventIdAndPlate(eventId, vehicle.plate())) {
            throw new BusinessRuleException("reception.error.vehicle-exists", draft.plate());
        }
        return vehicles.saveAndFlush(vehicle).toSummary();
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public List<VehicleSummary> vehicles(long eventId) {
        access.require(eventId);
        return vehicles.findByEventIdOrderByIdAsc(eventId).stream().map(Vehicle::toSummary).toList();
    }

    /**
     * Puts the day's accepted guests not yet in a trip of the direction into trips: by place, in time order, a new
     * trip whenever a guest comes later than the window of the current one. Existing trips that fit are used first.
     */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public List<TripSummary> groupIntoTrips(long eventId, LocalDate day, TripDirection direction, int windowMinutes) {
        access.require(eventId);
        ZoneId zone = events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId)).timeZone();
        Map<Long, Long> placed = seats.tripsByGuest(eventId, direction);
        List<Trip> open = new ArrayList<>(tripsOfDay(eventId, day, zone).stream().filter(t -> t.direction() == direction).toList());
        List<GuestSummary> travelling = travellers(eventId, day, direction).stream()
                .filter(g -> !placed.containsKey(g.id()) && placeOf(leg(g, direction)) != null)
                .sorted(Comparator.comparing(g -> leg(g, direction).at())).toList();
        for (GuestSummary guest : travelling) {
            Travel leg = leg(guest, direction);
            Instant at = leg.at().toInstant();
            Trip trip = open.stream().filter(t -> t.fits(leg.place(), at) && fitsSeats(t, guest.partySize())).findFirst()
                    .orElseGet(() -> {
                        Trip created = trips.saveAndFlush(new Trip(eventId, direction, placeOf(leg), at, windowMinutes));
                        open.add(created);
                        return created;
                    });
            seats.add(trip.requireId(), guest.id(), direction, guest.partySize());
        }
        return toSummaries(open, zone, eventId);
    }

    /** Puts a guest into a trip by hand; their train or flight must fit its place and window, and the car its seats. */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public TripSummary putInTrip(long guestId, long tripId) {
        Trip trip = trip(tripId);
        GuestSummary guest = guests.find(guestId).filter(g -> g.eventId() == trip.eventId())
                .orElseThrow(() -> new NotFoundException("guest", guestId));
        Travel leg = leg(guest, trip.direction());
        if (leg == null || leg.at() == null || !trip.fits(leg.place(), leg.at().toInstant())) {
            throw new BusinessRuleException("reception.error.trip-does-not-fit", guest.nameZh());
        }
        if (!fitsSeats(trip, guest.partySize())) {
            throw new BusinessRuleException("reception.error.no-seats");
        }
        seats.tripOf(guestId, trip.direction()).ifPresent(old -> seats.remove(old, guestId));
        seats.add(tripId, guestId, trip.direction(), guest.partySize());
        return toSummary(trip, zone(trip.eventId()), guestsById(trip.eventId()));
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void removeFromTrip(long guestId, long tripId) {
        Trip trip = trip(tripId);
        seats.remove(tripId, guestId);
    }

    /** Sends a vehicle on a trip; refused when the trip's guests do not fit in its seats. Null takes the vehicle off. */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public TripSummary assignVehicle(long tripId, @Nullable Long vehicleId) {
        Trip trip = trip(tripId);
        if (vehicleId != null) {
            Vehicle vehicle = vehicles.findById(vehicleId).filter(v -> v.eventId() == trip.eventId())
                    .orElseThrow(() -> new NotFoundException("vehicle", vehicleId));
            if (seats.persons(tripId) > vehicle.seats()) {
                throw new BusinessRuleException("reception.error.vehicle-too-small", seats.persons(tripId), vehicle.seats());
            }
        }
        trip.useVehicle(vehicleId);
        trips.saveAndFlush(trip);
        return toSummary(trip, zone(trip.eventId()), guestsById(trip.eventId()));
    }

    /**
     * After a guest's travel changed: a guest whose train or flight no longer fits their trip leaves it, goes into
     * another trip that fits (with seats) when there is one, and the reception team gets a notice either way.
     */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void followTravelChange(long guestId) {
        GuestSummary guest = guests.find(guestId).orElse(null);
        if (guest == null) {
            return;
        }
        access.require(guest.eventId());
        ZoneId zone = zone(guest.eventId());
        for (TripDirection direction : TripDirection.values()) {
            Long current = seats.tripOf(guestId, direction).orElse(null);
            if (current == null) {
                continue;
            }
            Trip trip = trips.findById(current).orElseThrow();
            Travel leg = guest.answer() == RsvpAnswer.ACCEPTED ? leg(guest, direction) : null;
            Instant at = leg == null || leg.at() == null ? null : leg.at().toInstant();
            if (at != null && trip.fits(leg.place(), at)) {
                continue;
            }
            seats.remove(current, guestId);
            Trip next = at == null ? null : trips.findByEventIdAndDirectionOrderByWindowStartAsc(guest.eventId(), direction).stream()
                    .filter(t -> t.fits(leg.place(), at) && fitsSeats(t, guest.partySize())).findFirst().orElse(null);
            String was = trip.place() + " " + TIME.format(trip.windowStart().atZone(zone));
            String now = at == null ? "-" : placeOf(leg) + " " + TIME.format(at.atZone(zone));
            if (next != null) {
                seats.add(next.requireId(), guestId, direction, guest.partySize());
            }
            seats.notice(guest.eventId(), guestId, next == null ? null : next.requireId(),
                    next == null ? "reception.notice.left-trip" : "reception.notice.moved-trip",
                    guest.nameZh() + ": " + was + " → " + now, clock.instant());
        }
    }

    /** The day's board: arrivals and departures with their trips, the day's trips, and the notices of the last {@value #NOTICE_DAYS} days. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public ArrivalsBoard board(long eventId, LocalDate day) {
        access.require(eventId);
        ZoneId zone = zone(eventId);
        Map<Long, Long> arriving = seats.tripsByGuest(eventId, TripDirection.ARRIVAL);
        Map<Long, Long> leaving = seats.tripsByGuest(eventId, TripDirection.DEPARTURE);
        List<ArrivalsBoard.Line> arrivals = travellers(eventId, day, TripDirection.ARRIVAL).stream()
                .map(g -> new ArrivalsBoard.Line(g, arriving.get(g.id()))).toList();
        List<ArrivalsBoard.Line> departures = travellers(eventId, day, TripDirection.DEPARTURE).stream()
                .map(g -> new ArrivalsBoard.Line(g, leaving.get(g.id()))).toList();
        Instant since = clock.instant().minus(Duration.ofDays(NOTICE_DAYS));
        return new ArrivalsBoard(day, arrivals, departures, toSummaries(tripsOfDay(eventId, day, zone), zone, eventId),
                seats.notices(eventId, since));
    }

    /** The trip the guest rides in, in the direction given, if any. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public java.util.Optional<TripSummary> tripOf(long guestId, TripDirection direction) {
        return seats.tripOf(guestId, direction).map(this::trip).map(t -> toSummary(t, zone(t.eventId()), guestsById(t.eventId())));
    }

    /** Every trip of the event in one direction, in time order, with its passengers. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public List<TripSummary> trips(long eventId, TripDirection direction) {
        access.require(eventId);
        return toSummaries(trips.findByEventIdAndDirectionOrderByWindowStartAsc(eventId, direction), zone(eventId), eventId);
    }

    /** Trips of the event that have no vehicle yet (for the dashboard). */
    @PreAuthorize(ReceptionAccess.TEAM)
    public long tripsWithoutVehicle(long eventId) {
        access.require(eventId);
        return trips.findByEventIdAndVehicleIdIsNull(eventId).size();
    }

    private List<GuestSummary> travellers(long eventId, LocalDate day, TripDirection direction) {
        return guests.all(eventId).stream().filter(g -> g.answer() == RsvpAnswer.ACCEPTED)
                .filter(g -> {
                    Travel leg = leg(g, direction);
                    return leg != null && leg.at() != null && leg.at().toLocalDate().equals(day);
                })
                .sorted(Comparator.comparing(g -> Objects.requireNonNull(leg(g, direction).at()))).toList();
    }

    static @Nullable Travel leg(GuestSummary guest, TripDirection direction) {
        return direction == TripDirection.ARRIVAL ? guest.arrival() : guest.departure();
    }

    static @Nullable String placeOf(@Nullable Travel travel) {
        return travel == null || travel.place() == null || travel.place().isBlank() ? null : travel.place().strip();
    }

    private boolean fitsSeats(Trip trip, int party) {
        Long vehicleId = trip.vehicleId();
        if (vehicleId == null) {
            return true;
        }
        int capacity = vehicles.findById(vehicleId).map(Vehicle::seats).orElse(0);
        return seats.persons(trip.requireId()) + party <= capacity;
    }

    private List<Trip> tripsOfDay(long eventId, LocalDate day, ZoneId zone) {
        return trips.findByEventIdAndWindowStartBetweenOrderByWindowStartAscIdAsc(eventId, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000));
    }

    private Trip trip(long tripId) {
        Trip trip = trips.findById(tripId).orElseThrow(() -> new NotFoundException("trip", tripId));
        access.require(trip.eventId());
        return trip;
    }

    private ZoneId zone(long eventId) {
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId)).timeZone();
    }

    private Map<Long, GuestSummary> guestsById(long eventId) {
        return guests.all(eventId).stream().collect(Collectors.toMap(GuestSummary::id, Function.identity()));
    }

    private List<TripSummary> toSummaries(List<Trip> list, ZoneId zone, long eventId) {
        Map<Long, GuestSummary> byId = guestsById(eventId);
        return list.stream().sorted(Comparator.comparing(Trip::windowStart)).map(t -> toSummary(t, zone, byId)).toList();
    }

    private TripSummary toSummary(Trip trip, ZoneId zone, Map<Long, GuestSummary> byId) {
        List<TripSummary.Passenger> passengers = seats.ofTrips(List.of(trip.requireId())).stream().map(s -> {
            GuestSummary g = byId.get(s.guestId());
            Travel leg = g == null ? null : leg(g, trip.direction());
            return new TripSummary.Passenger(s.guestId(), g == null ? "?" : g.nameZh(), g == null ? null : g.nameEn(), s.persons(),
                    leg == null ? null : leg.number(), leg == null ? null : leg.at(), g == null ? null : g.mobile());
        }).toList();
        VehicleSummary vehicle = trip.vehicleId() == null ? null : vehicles.findById(trip.vehicleId()).map(Vehicle::toSummary).orElse(null);
        return new TripSummary(trip.requireId(), trip.eventId(), trip.direction(), trip.place(), trip.windowStart().atZone(zone),
                trip.windowEnd().atZone(zone), vehicle, passengers);
    }
}
