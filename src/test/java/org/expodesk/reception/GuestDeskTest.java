package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;
import static org.expodesk.reception.ReceptionFixtures.guestWith;
import static org.expodesk.reception.ReceptionFixtures.hotel;
import static org.expodesk.reception.ReceptionFixtures.twins;

import java.io.ByteArrayOutputStream;
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
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The reception desk's list (trips, room, flags, filters), the trips of an event and the itineraries of a chosen few. */
@SpringBootTest
@ActiveProfiles("test")
class GuestDeskTest {

    static final String STATION = "云溪南站";

    @Autowired
    GuestDesk desk;
    @Autowired
    PickupService pickups;
    @Autowired
    LodgingService lodging;
    @Autowired
    ItineraryService itineraries;
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
        organiser = CurrentUser.require();
        day = event.startDate().minusDays(1);
        campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    /** A guest who accepts with a train to the station at {@code at} on the day before opening, leaving {@code nights} later. */
    GuestSummary accepting(String name, LocalTime at, int nights) {
        return RsvpAnswers.answer(campaigns, rsvp, guests, campaign.id(), guestWith(guests, event.id(), name, 0), RsvpForm.accept()
                .arriving(TravelMode.TRAIN, "G1653", STATION, LocalDateTime.of(day, at))
                .leaving(TravelMode.TRAIN, "G1654", STATION, LocalDateTime.of(day.plusDays(nights), LocalTime.of(10, 5))), organiser);
    }

    @Test
    void the_desk_shows_trips_rooms_and_what_is_missing_and_filters_by_day_flag_and_search() {
        GuestSummary huang = accepting("黄志强", LocalTime.of(15, 42), 4);
        GuestSummary lin = accepting("林建华", LocalTime.of(9, 10), 2);
        guestWith(guests, event.id(), "未回复", 0);
        pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, PickupService.DEFAULT_WINDOW_MINUTES);
        HotelSummary hotel = lodging.createHotel(event.id(), hotel(unique("云溪国际大酒店")));
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), event.startDate(), 2, 5));
        lodging.assign(huang.id(), block.id(), null, null);

        List<DeskLine> all = desk.lines(event.id(), DeskFilter.ALL);

        assertThat(all).extracting(l -> l.guest().nameZh()).containsExactly("林建华", "黄志强");
        DeskLine h = all.get(1);
        assertThat(h.arrivalTrip().place()).isEqualTo(STATION);
        assertThat(h.departureTrip()).isNull();
        assertThat(h.noTrip()).as("the departure has no trip yet").isTrue();
        assertThat(h.stay().hotelId()).isEqualTo(hotel.id());
        assertThat(h.noRoom()).isFalse();
        assertThat(h.early()).as("arrives the night before the block").isTrue();
        assertThat(h.late()).as("leaves after the block's last night").isTrue();
        assertThat(all.get(0).noRoom()).isTrue();

        assertThat(desk.lines(event.id(), new DeskFilter(null, true, false, null))).extracting(l -> l.guest().id()).containsExactly(lin.id());
        assertThat(desk.lines(event.id(), new DeskFilter(day.plusDays(2), false, false, null))).extracting(l -> l.guest().id())
                .containsExactly(lin.id());
        assertThat(desk.lines(event.id(), new DeskFilter(null, false, false, "志强"))).extracting(l -> l.guest().id()).containsExactly(huang.id());
        assertThat(desk.lines(event.id(), new DeskFilter(null, false, false, lin.mobile().substring(3)))).extracting(l -> l.guest().id())
                .containsExactly(lin.id());
        assertThat(desk.lines(event.id(), new DeskFilter(null, false, false, lin.organisation().toUpperCase()))).hasSize(1);

        pickups.groupIntoTrips(event.id(), day.plusDays(4), TripDirection.DEPARTURE, PickupService.DEFAULT_WINDOW_MINUTES);
        pickups.groupIntoTrips(event.id(), day.plusDays(2), TripDirection.DEPARTURE, PickupService.DEFAULT_WINDOW_MINUTES);
        assertThat(desk.lines(event.id(), new DeskFilter(null, false, true, null))).isEmpty();
        assertThat(pickups.trips(event.id(), TripDirection.DEPARTURE)).extracting(TripSummary::place).containsExactly(STATION, STATION);
    }

    @Test
    void the_filtered_batch_has_a_page_for_each_chosen_accepted_guest_of_the_event_only() throws Exception {
        GuestSummary huang = accepting("黄志强", LocalTime.of(15, 42), 2);
        GuestSummary lin = accepting("林建华", LocalTime.of(9, 10), 2);
        GuestSummary unanswered = guestWith(guests, event.id(), "未回复", 0);
        EventSummary other = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(40));
        GuestSummary stranger = guestWith(guests, other.id(), "别家嘉宾", 0);
        TestData.signInAs(organiser);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        itineraries.writeBatch(event.id(), List.of(lin.id(), unanswered.id(), stranger.id()), pdf);

        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("林建华").doesNotContain("黄志强", "别家嘉宾");
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        itineraries.writeBatch(event.id(), List.of(huang.id(), lin.id()), both);
        assertThat(new PdfReader(both.toByteArray()).getNumberOfPages()).isEqualTo(2);
    }

    @Test
    void exhibitors_volunteers_and_reception_of_another_event_are_refused() {
        GuestSummary huang = accepting("黄志强", LocalTime.of(15, 42), 2);
        EventSummary other = data.event("别的展会", "Other fair", 60);
        for (AppUser outsider : List.of(
                data.account(unique("exhibitor"), EnumSet.of(Role.EXHIBITOR), event.id()),
                data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), event.id()),
                data.account(unique("reception"), EnumSet.of(Role.RECEPTION), other.id()))) {
            TestData.signInAs(outsider);
            assertThatThrownBy(() -> desk.lines(event.id(), DeskFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pickups.trips(event.id(), TripDirection.ARRIVAL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> itineraries.writeBatch(event.id(), List.of(huang.id()), new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));
        assertThat(desk.lines(event.id(), DeskFilter.ALL)).hasSize(1);
    }
}
