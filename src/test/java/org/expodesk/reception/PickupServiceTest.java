package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;
import static org.expodesk.reception.ReceptionFixtures.guestWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Pickup trips from the guests' RSVP arrivals: grouping by station and window, seats, and regrouping on a change. */
@SpringBootTest
@ActiveProfiles("test")
class PickupServiceTest {

    static final String STATION = "云溪南站";

    @Autowired
    PickupService pickups;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    EventService events;
    @Autowired
    TestData data;

    EventSummary event;
    LocalDate day;
    AppUser organiser;
    CampaignSummary campaign;

    @BeforeEach
    void setUp() {
        event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(30));
        organiser = org.expodesk.shared.security.CurrentUser.require();
        day = event.startDate().minusDays(1);
        campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    /** A guest with companions who answers the invitation with a train to the station at the time given. */
    String arriving(String name, int companions, String place, LocalTime at) {
        GuestSummary guest = guestWith(guests, event.id(), name, companions);
        campaigns.invite(campaign.id(), List.of(guest.id()));
        long invitation = campaigns.invitations(campaign.id()).stream().filter(i -> i.guest().id() == guest.id()).findFirst().orElseThrow().id();
        String link = campaigns.issueLink(invitation).link();
        String token = link.substring(link.lastIndexOf('/') + 1);
        answer(token, place, at, companions);
        return token;
    }

    void answer(String token, String place, LocalTime at, int companions) {
        TestData.signOut();
        RsvpForm form = RsvpForm.accept().arriving(TravelMode.TRAIN, "G1653", place, LocalDateTime.of(day, at));
        form.setCompanions(companions);
        rsvp.answer(token, "10.0.0.7", form);
        TestData.signInAs(organiser);
    }

    long guestId(String name) {
        return guests.all(event.id()).stream().filter(g -> g.nameZh().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void arrivals_at_one_station_are_grouped_into_trips_by_45_minute_windows() {
        arriving("黄志强", 1, STATION, LocalTime.of(14, 0));
        arriving("林建华", 0, STATION, LocalTime.of(14, 40));
        arriving("陈伟", 0, STATION, LocalTime.of(16, 0));
        arriving("吴芳", 0, "云溪机场", LocalTime.of(14, 10));

        List<TripSummary> trips = pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, 45);

        assertThat(trips).extracting(t -> t.place() + " " + t.windowStart().toLocalTime() + " " + t.persons())
                .containsExactly("云溪南站 14:00 3", "云溪机场 14:10 1", "云溪南站 16:00 1");
        ArrivalsBoard board = pickups.board(event.id(), day);
        assertThat(board.arrivals()).hasSize(4).allSatisfy(line -> assertThat(line.tripId()).isNotNull());
        assertThat(pickups.tripsWithoutVehicle(event.id())).isEqualTo(3);
    }

    @Test
    void a_vehicle_must_seat_the_whole_trip_and_a_full_car_takes_nobody_else() {
        arriving("黄志强", 2, STATION, LocalTime.of(14, 0));
        TripSummary trip = pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, 45).getFirst();
        VehicleSummary small = pickups.addVehicle(event.id(), new VehicleDraft("浙A·12345", 2, "张师傅", "13905710001"));
        VehicleSummary van = pickups.addVehicle(event.id(), new VehicleDraft("浙A·67890", 3, "李师傅", "13905710002"));

        assertThatThrownBy(() -> pickups.assignVehicle(trip.id(), small.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("reception.error.vehicle-too-small"));
        assertThat(pickups.assignVehicle(trip.id(), van.id()).vehicle()).isEqualTo(van);

        arriving("林建华", 0, STATION, LocalTime.of(14, 20));
        assertThatThrownBy(() -> pickups.putInTrip(guestId("林建华"), trip.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("reception.error.no-seats"));
        List<TripSummary> regrouped = pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, 45);
        assertThat(regrouped).hasSize(2); // the full car is left alone, a second trip opens
    }

    @Test
    void a_guest_whose_train_changes_is_moved_to_the_trip_that_fits_and_the_team_is_told() {
        arriving("黄志强", 0, STATION, LocalTime.of(14, 0));
        String lin = arriving("林建华", 0, STATION, LocalTime.of(14, 30));
        arriving("陈伟", 0, STATION, LocalTime.of(16, 0));
        List<TripSummary> trips = pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, 45);
        long early = trips.get(0).id();
        long late = trips.get(1).id();

        answer(lin, STATION, LocalTime.of(16, 20), 0);

        ArrivalsBoard board = pickups.board(event.id(), day);
        assertThat(board.trips()).filteredOn(t -> t.id() == early).singleElement()
                .satisfies(t -> assertThat(t.passengers()).extracting(TripSummary.Passenger::nameZh).containsExactly("黄志强"));
        assertThat(board.trips()).filteredOn(t -> t.id() == late).singleElement()
                .satisfies(t -> assertThat(t.passengers()).extracting(TripSummary.Passenger::nameZh).containsExactlyInAnyOrder("陈伟", "林建华"));
        assertThat(board.notices()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo("reception.notice.moved-trip");
            assertThat(n.tripId()).isEqualTo(late);
            assertThat(n.details()).contains("林建华", "14:00", "16:20");
        });
    }

    @Test
    void a_guest_who_now_comes_to_another_station_leaves_the_trip_with_a_notice() {
        String huang = arriving("黄志强", 0, STATION, LocalTime.of(14, 0));
        long trip = pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, 45).getFirst().id();

        answer(huang, "云溪机场", LocalTime.of(14, 5), 0);

        ArrivalsBoard board = pickups.board(event.id(), day);
        assertThat(board.trips()).singleElement().satisfies(t -> assertThat(t.passengers()).isEmpty());
        assertThat(board.arrivals()).singleElement().satisfies(l -> assertThat(l.tripId()).isNull());
        assertThat(board.notices()).singleElement().satisfies(n -> assertThat(n.reason()).isEqualTo("reception.notice.left-trip"));
    }

    @Test
    void exhibitors_volunteers_and_reception_of_another_event_are_refused() {
        arriving("黄志强", 0, STATION, LocalTime.of(14, 0));
        long trip = pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, 45).getFirst().id();
        EventSummary other = data.event("别的展会", "Other fair", 60);
        for (AppUser outsider : List.of(
                data.account(unique("exhibitor"), EnumSet.of(Role.EXHIBITOR), event.id()),
                data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), event.id()),
                data.account(unique("reception"), EnumSet.of(Role.RECEPTION), other.id()))) {
            TestData.signInAs(outsider);
            assertThatThrownBy(() -> pickups.board(event.id(), day)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pickups.assignVehicle(trip, null)).isInstanceOf(AccessDeniedException.class);
        }
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));
        assertThat(pickups.board(event.id(), day).arrivals()).hasSize(1);
    }
}
