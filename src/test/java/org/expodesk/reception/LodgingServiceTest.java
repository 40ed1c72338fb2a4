package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;
import static org.expodesk.reception.ReceptionFixtures.guestWith;
import static org.expodesk.reception.ReceptionFixtures.hotel;
import static org.expodesk.reception.ReceptionFixtures.twins;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Hotels, blocks and stays on H2: sharing, full nights, flags, the database's own refusals, and who may do it. */
@SpringBootTest
@ActiveProfiles("test")
class LodgingServiceTest {

    static final LocalDate FIRST = LocalDate.of(2027, 5, 14);

    @Autowired
    LodgingService lodging;
    @Autowired
    GuestService guests;
    @Autowired
    EventService events;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReceptionDashboard dashboard;

    EventSummary event;
    HotelSummary hotel;

    @BeforeEach
    void setUp() {
        event = signInAsOrganiserOfNewEvent(data, events, FIRST);
        hotel = lodging.createHotel(event.id(), hotel(unique("云溪宾馆")));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_guest_and_companions_share_one_room_and_keep_it_every_night() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 3, 4));
        GuestSummary guest = guestWith(guests, event.id(), "林志强", 1);

        StaySummary stay = lodging.assign(guest.id(), block.id(), FIRST, FIRST.plusDays(3));

        assertThat(stay.persons()).isEqualTo(2);
        assertThat(stay.rooms()).hasSize(3).extracting(StaySummary.RoomNight::roomNo).containsOnly(1);
        assertThat(stay.earlyArrival()).isFalse();
        assertThat(stay.lateDeparture()).isFalse();
        assertThat(lodging.loads(event.id())).extracting(NightLoad::left).containsExactly(3, 3, 3);
    }

    @Test
    void named_rooms_carry_the_hotels_numbers() {
        RoomBlockSummary block = lodging.addBlock(new RoomBlockDraft(hotel.id(), RoomType.SUITE, FIRST, 2, 2, List.of("1801", "1802")));
        GuestSummary guest = guestWith(guests, event.id(), "陈建华", 0);

        StaySummary stay = lodging.assign(guest.id(), block.id(), FIRST, FIRST.plusDays(2));

        assertThat(stay.rooms()).extracting(StaySummary.RoomNight::label).containsExactly("1801", "1801");
    }

    @Test
    void a_stay_that_finds_one_night_full_is_refused_as_a_whole() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 3, 1));
        GuestSummary first = guestWith(guests, event.id(), "王海", 0);
        GuestSummary second = guestWith(guests, event.id(), "赵敏", 0);
        lodging.assign(first.id(), block.id(), FIRST.plusDays(2), FIRST.plusDays(3));

        assertThatThrownBy(() -> lodging.assign(second.id(), block.id(), FIRST, FIRST.plusDays(3)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reception.error.block-full"));

        assertThat(lodging.stays(event.id())).extracting(StaySummary::guestId).containsExactly(first.id());
        assertThat(lodging.loads(event.id())).extracting(NightLoad::taken).containsExactly(0, 0, 1);
    }

    @Test
    void nights_before_and_after_the_block_are_flagged_not_refused() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 2, 2));
        GuestSummary guest = guestWith(guests, event.id(), "周立", 0);

        StaySummary stay = lodging.assign(guest.id(), block.id(), FIRST.minusDays(1), FIRST.plusDays(3));

        assertThat(stay.earlyArrival()).isTrue();
        assertThat(stay.lateDeparture()).isTrue();
        assertThat(stay.rooms()).extracting(StaySummary.RoomNight::night).containsExactly(FIRST, FIRST.plusDays(1));
    }

    @Test
    void a_guest_gets_one_stay_only() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 2, 2));
        GuestSummary guest = guestWith(guests, event.id(), "郑华", 0);
        lodging.assign(guest.id(), block.id(), FIRST, FIRST.plusDays(1));

        assertThatThrownBy(() -> lodging.assign(guest.id(), block.id(), FIRST.plusDays(1), FIRST.plusDays(2)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reception.error.already-lodged"));
    }

    @Test
    void the_database_itself_refuses_a_second_party_in_a_room_night_and_a_room_the_block_does_not_hold() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 1, 1));
        StaySummary first = lodging.assign(guestWith(guests, event.id(), "甲", 0).id(), block.id(), FIRST, FIRST.plusDays(1));
        GuestSummary other = guestWith(guests, event.id(), "乙", 0);
        jdbc.update("INSERT INTO reception_stay (version, event_id, guest_id, block_id, check_in, check_out, persons, created_at)"
                + " VALUES (0, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP)", event.id(), other.id(), block.id(),
                Date.valueOf(FIRST), Date.valueOf(FIRST.plusDays(1)));
        long otherStay = jdbc.queryForObject("SELECT id FROM reception_stay WHERE guest_id = ?", Long.class, other.id());
        String insert = "INSERT INTO reception_room_night (stay_id, block_id, night, room_no) VALUES (?, ?, ?, ?)";

        assertThatThrownBy(() -> jdbc.update(insert, otherStay, block.id(), Date.valueOf(FIRST), 1))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, otherStay, block.id(), Date.valueOf(FIRST), 2))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(first.rooms()).hasSize(1);
        assertThat(lodging.capacityBreaches(event.id())).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EXHIBITOR", "VOLUNTEER", "SAFETY"})
    void other_roles_of_the_event_are_refused(Role role) {
        AppUser outsider = data.account(unique(role.name().toLowerCase()), EnumSet.of(role), event.id());
        TestData.signInAs(outsider);

        assertThatThrownBy(() -> lodging.hotels(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.createHotel(event.id(), hotel("别的酒店"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reception_of_another_event_is_refused_and_reception_of_this_one_works() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 1, 1));
        GuestSummary guest = guestWith(guests, event.id(), "孙毅", 0);
        EventSummary otherEvent = data.event("别的展会", "Other fair", 40);
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), otherEvent.id()));

        assertThatThrownBy(() -> lodging.assign(guest.id(), block.id(), FIRST, FIRST.plusDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.loads(event.id())).isInstanceOf(AccessDeniedException.class);

        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));
        assertThat(lodging.assign(guest.id(), block.id(), FIRST, FIRST.plusDays(1)).rooms()).hasSize(1);
    }

    @Test
    void the_dashboard_shows_rooms_left_per_hotel_and_night_and_guests_without_a_room_to_the_team_only() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 2, 5));
        lodging.assign(guestWith(guests, event.id(), "钱多", 0).id(), block.id(), FIRST, FIRST.plusDays(1));

        assertThat(dashboard.charts(event.id())).singleElement().satisfies(chart ->
                assertThat(chart.slices()).extracting(org.expodesk.shared.dashboard.DashboardChart.Slice::value).containsExactly(4L, 5L));
        assertThat(dashboard.figures(event.id())).extracting(org.expodesk.shared.dashboard.DashboardFigure::id)
                .contains("reception-without-room", "reception-trips-without-vehicle");

        TestData.signInAs(data.account(unique("exhibitor"), EnumSet.of(Role.EXHIBITOR), event.id()));
        assertThat(dashboard.figures(event.id())).isEmpty();
        assertThat(dashboard.charts(event.id())).isEmpty();
    }
}
