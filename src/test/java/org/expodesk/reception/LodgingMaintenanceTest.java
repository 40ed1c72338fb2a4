package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;
import static org.expodesk.reception.ReceptionFixtures.guestWith;
import static org.expodesk.reception.ReceptionFixtures.hotel;
import static org.expodesk.reception.ReceptionFixtures.twins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Correcting and removing hotels and blocks, and the accepted guests still without a room; who may do it. */
@SpringBootTest
@ActiveProfiles("test")
class LodgingMaintenanceTest {

    static final LocalDate FIRST = LocalDate.of(2027, 6, 10);

    @Autowired
    LodgingService lodging;
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
    @Autowired
    JdbcTemplate jdbc;

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
    void a_hotel_is_corrected_but_not_renamed_to_another_hotels_name() {
        HotelSummary other = lodging.createHotel(event.id(), hotel(unique("溪口商务酒店")));

        HotelSummary corrected = lodging.updateHotel(hotel.id(), new HotelDraft(hotel.nameZh(), "Yunxi Guesthouse",
                "云溪县人民路 8 号", "吴经理", "0579-85552345", new BigDecimal("3.2")));

        assertThat(corrected.address()).isEqualTo("云溪县人民路 8 号");
        assertThat(corrected.distanceKm()).isEqualByComparingTo("3.2");
        assertThat(lodging.hotels(event.id())).filteredOn(h -> h.id() == hotel.id()).singleElement()
                .extracting(HotelSummary::nameEn).isEqualTo("Yunxi Guesthouse");
        assertThatThrownBy(() -> lodging.updateHotel(other.id(), hotel(hotel.nameZh())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reception.error.hotel-exists"));
    }

    @Test
    void a_hotel_where_guests_are_lodged_is_not_removed_until_their_stays_are_cancelled() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 2, 3));
        lodging.addBlock(RoomBlockDraft.counted(hotel.id(), RoomType.SUITE, FIRST, 2, 1));
        StaySummary stay = lodging.assign(guestWith(guests, event.id(), "林志强", 1).id(), block.id(), FIRST, FIRST.plusDays(2));

        assertThatThrownBy(() -> lodging.deleteHotel(hotel.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reception.error.hotel-has-stays");
                    assertThat(e.arguments()).containsExactly(hotel.nameZh(), 1L);
                });
        assertThat(lodging.blocks(event.id())).hasSize(2);

        lodging.cancelStay(stay.id());
        lodging.deleteHotel(hotel.id());

        assertThat(lodging.hotels(event.id())).isEmpty();
        assertThat(lodging.blocks(event.id())).isEmpty();
        assertThat(lodging.loads(event.id())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reception_room_slot WHERE block_id = ?", Integer.class, block.id())).isZero();
    }

    @Test
    void a_block_with_a_stay_is_refused_and_an_empty_block_goes_with_its_rooms() {
        RoomBlockSummary lodged = lodging.addBlock(twins(hotel.id(), FIRST, 2, 3));
        RoomBlockSummary empty = lodging.addBlock(RoomBlockDraft.counted(hotel.id(), RoomType.SINGLE, FIRST, 2, 5));
        lodging.assign(guestWith(guests, event.id(), "陈建华", 0).id(), lodged.id(), FIRST, FIRST.plusDays(1));

        assertThatThrownBy(() -> lodging.deleteBlock(lodged.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reception.error.block-has-stays"));
        lodging.deleteBlock(empty.id());

        assertThat(lodging.blocks(event.id())).extracting(RoomBlockSummary::id).containsExactly(lodged.id());
        assertThat(lodging.loads(event.id())).extracting(NightLoad::blockId).containsOnly(lodged.id());
    }

    @Test
    void guests_without_a_room_are_the_accepted_ones_not_yet_lodged() {
        LodgingFixtures fixtures = new LodgingFixtures(guests, campaigns, rsvp, event.id());
        GuestSummary lodgedGuest = fixtures.accepted("黄志强", "Huang Zhiqiang", 1, FIRST.atTime(15, 42), FIRST.plusDays(2).atTime(9, 0));
        GuestSummary waiting = fixtures.accepted("林建华", "Lin Jianhua", 0, FIRST.atTime(10, 5), FIRST.plusDays(1).atTime(17, 0));
        guestWith(guests, event.id(), "未回复", 0);
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 2, 3));

        StaySummary stay = lodging.assign(lodgedGuest.id(), block.id(), null, null); // the RSVP's dates

        assertThat(stay.checkIn()).isEqualTo(FIRST);
        assertThat(stay.checkOut()).isEqualTo(FIRST.plusDays(2));
        assertThat(lodging.withoutRoom(event.id())).extracting(GuestSummary::id).containsExactly(waiting.id());
    }

    @Test
    void a_party_gets_a_room_free_every_night_rather_than_changing_rooms() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 3, 3));
        lodging.assign(guestWith(guests, event.id(), "王海", 0).id(), block.id(), FIRST.plusDays(1), FIRST.plusDays(3));

        StaySummary whole = lodging.assign(guestWith(guests, event.id(), "赵敏", 0).id(), block.id(), FIRST, FIRST.plusDays(3));

        // room 1 is free only the first night: the old rule took it and moved the guest to room 2 the next night
        assertThat(whole.rooms()).extracting(StaySummary.RoomNight::roomNo).containsExactly(2, 2, 2);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EXHIBITOR", "VOLUNTEER", "SAFETY"})
    void other_roles_of_the_event_may_not_change_or_remove_hotels_and_blocks(Role role) {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 1, 1));
        TestData.signInAs(data.account(unique(role.name().toLowerCase()), EnumSet.of(role), event.id()));

        assertThatThrownBy(() -> lodging.updateHotel(hotel.id(), hotel("改名"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.deleteHotel(hotel.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.deleteBlock(block.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.withoutRoom(event.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reception_of_another_event_is_refused_and_reception_of_this_one_may() {
        RoomBlockSummary block = lodging.addBlock(twins(hotel.id(), FIRST, 1, 1));
        EventSummary otherEvent = data.event("别的展会", "Other fair", 40);
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), otherEvent.id()));

        assertThatThrownBy(() -> lodging.updateHotel(hotel.id(), hotel("改名"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.deleteBlock(block.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.deleteHotel(hotel.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lodging.withoutRoom(event.id())).isInstanceOf(AccessDeniedException.class);

        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));
        lodging.deleteBlock(block.id());
        lodging.updateHotel(hotel.id(), hotel(hotel.nameZh()));
        lodging.deleteHotel(hotel.id());
        assertThat(lodging.hotels(event.id())).isEmpty();
    }
}
