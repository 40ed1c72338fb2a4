package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;
import static org.expodesk.reception.ReceptionFixtures.guestWith;
import static org.expodesk.reception.ReceptionFixtures.hotel;
import static org.expodesk.reception.ReceptionFixtures.twins;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.reception.domain.RoomNights;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Thirty receptionists lodging thirty guests at the same moment, each for two or three nights, in a block of ten
 * rooms, on MariaDB/MySQL with real threads. The database's keys keep every night at ten rooms or fewer and every
 * room to one party. The control runs the naive way — count the night's rooms, then insert when the count is below
 * the block — against a copy of the room-night table without the keys, and the same query finds overbooked nights:
 * so the query, and this test, would catch a race.
 */
@OnMySql
class RoomAssignmentConcurrencyMySqlTest {

    static final LocalDate FIRST = LocalDate.of(2027, 5, 14);
    static final int GUESTS = 30;
    static final int ROOMS = 10;
    static final String UNGUARDED = "reception_room_night_unguarded";

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

    @AfterEach
    void cleanUp() {
        jdbc.execute("DROP TABLE IF EXISTS " + UNGUARDED);
        TestData.signOut();
    }

    @Test
    void thirty_parallel_multi_night_assignments_never_overbook_ten_rooms() throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, FIRST);
        RoomBlockSummary block = lodging.addBlock(twins(lodging.createHotel(event.id(), hotel(unique("云溪宾馆"))).id(), FIRST, 3, ROOMS));
        List<Long> guestIds = new ArrayList<>();
        for (int i = 0; i < GUESTS; i++) {
            guestIds.add(guestWith(guests, event.id(), "客商" + i, i % 3).id());
        }
        AppUser user = CurrentUser.require();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(GUESTS);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < GUESTS; i++) {
                long guestId = guestIds.get(i);
                LocalDate in = FIRST.plusDays(i % 2); // half from the first night, half from the second
                outcomes.add(pool.submit(() -> {
                    TestData.signInAs(user);
                    try {
                        start.await();
                        lodging.assign(guestId, block.id(), in, FIRST.plusDays(3));
                        return "lodged";
                    } catch (BusinessRuleException refused) {
                        return refused.messageKey();
                    } finally {
                        TestData.signOut();
                    }
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get(120, TimeUnit.SECONDS));
            }

            assertThat(answers).contains("lodged", "reception.error.block-full")
                    .allMatch(a -> a.equals("lodged") || a.equals("reception.error.block-full"));
            assertThat(overCapacity("reception_room_night", event.id())).isEmpty();
            assertThat(sharedRooms("reception_room_night", event.id())).isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reception_room_night WHERE block_id = ? AND night = ?",
                    Integer.class, block.id(), Date.valueOf(FIRST.plusDays(2)))).isEqualTo(ROOMS);
            // every lodged guest has every night of the stay: all-or-nothing per stay
            assertThat(lodging.stays(event.id())).hasSize((int) answers.stream().filter("lodged"::equals).count())
                    .allSatisfy(s -> assertThat(s.rooms()).hasSize((int) (s.checkOut().toEpochDay() - s.checkIn().toEpochDay())));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void control_the_naive_count_then_insert_without_the_keys_overbooks_and_the_query_shows_it() throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, FIRST);
        RoomBlockSummary block = lodging.addBlock(twins(lodging.createHotel(event.id(), hotel(unique("云溪宾馆"))).id(), FIRST, 3, ROOMS));
        jdbc.execute("CREATE TABLE " + UNGUARDED + " (stay_id BIGINT NOT NULL, block_id BIGINT NOT NULL, night DATE NOT NULL,"
                + " room_no INT NOT NULL) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci");
        // Everybody counts before anybody inserts: the interleaving a busy reception desk eventually produces.
        CyclicBarrier allCounted = new CyclicBarrier(GUESTS);
        ExecutorService pool = Executors.newFixedThreadPool(GUESTS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < GUESTS; i++) {
                long stayId = 1_000_000L + i;
                done.add(pool.submit(() -> {
                    naiveAssign(stayId, block, allCounted);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(overCapacity(UNGUARDED, event.id())).isNotEmpty();
        assertThat(sharedRooms(UNGUARDED, event.id())).isNotEmpty();
    }

    /** Read the night's count, and insert room count + 1 when it is below the block: every night, no keys. */
    private void naiveAssign(long stayId, RoomBlockSummary block, CyclicBarrier allCounted) throws Exception {
        for (int night = 0; night < 3; night++) {
            Date date = Date.valueOf(FIRST.plusDays(night));
            int taken = jdbc.queryForObject("SELECT COUNT(*) FROM " + UNGUARDED + " WHERE block_id = ? AND night = ?",
                    Integer.class, block.id(), date);
            if (night == 0) {
                allCounted.await(60, TimeUnit.SECONDS);
            }
            if (taken >= block.rooms()) {
                return;
            }
            jdbc.update("INSERT INTO " + UNGUARDED + " (stay_id, block_id, night, room_no) VALUES (?, ?, ?, ?)",
                    stayId, block.id(), date, taken + 1);
        }
    }

    private List<?> overCapacity(String table, long eventId) {
        return jdbc.queryForList(RoomNights.NIGHTS_OVER_CAPACITY.formatted(table), eventId);
    }

    private List<?> sharedRooms(String table, long eventId) {
        return jdbc.queryForList(RoomNights.ROOMS_SHARED_BY_PARTIES.formatted(table), eventId);
    }
}
