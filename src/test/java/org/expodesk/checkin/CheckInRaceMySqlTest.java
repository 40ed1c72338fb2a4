package org.expodesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.checkin.CheckInFixtures.Fair;
import org.expodesk.checkin.domain.PresenceLedger;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fifty gates scanning one single-entry badge at the same moment, on MariaDB/MySQL with real threads: the
 * database's key on (badge, day) admits exactly one. The control swaps the key for a plain read-then-insert and
 * shows that the same test then catches more than one admission.
 */
@OnMySql
class CheckInRaceMySqlTest {

    private static final int THREADS = 50;

    @Autowired
    CheckInService checkIn;
    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    PresenceLedger presence;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheProtection() {
        presence.switchOffProtectionForControl(null, Duration.ZERO);
        jdbc.execute("DROP TABLE IF EXISTS presence_unguarded");
        TestData.signOut();
    }

    @Test
    void fifty_simultaneous_scans_of_one_single_entry_badge_admit_it_exactly_once() throws Exception {
        Fair fair = fixtures.fair();
        BadgeSummary badge = fixtures.badge(fair, CheckInFixtures.BUYER, "欧阳修远");

        Map<ScanResult, Long> results = scanAtOnce(fair, fixtures.code(badge));

        assertThat(results).containsOnlyKeys(ScanResult.ADMITTED, ScanResult.ALREADY_ADMITTED);
        assertThat(results.get(ScanResult.ADMITTED)).isEqualTo(1);
        assertThat(results.get(ScanResult.ALREADY_ADMITTED)).isEqualTo(THREADS - 1);
        assertThat(jdbc.queryForObject("select count(*) from presence where badge_uid = ?", Integer.class, badge.badgeId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scan where badge_uid = ? and result = 'ADMITTED'", Integer.class,
                badge.badgeId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scan where badge_uid = ?", Integer.class, badge.badgeId()))
                .isEqualTo(THREADS);
    }

    @Test
    void control_without_the_databases_key_the_same_scans_admit_the_badge_more_than_once() throws Exception {
        Fair fair = fixtures.fair();
        BadgeSummary badge = fixtures.badge(fair, CheckInFixtures.BUYER, "司马相如");
        jdbc.execute("CREATE TABLE IF NOT EXISTS presence_unguarded AS SELECT * FROM presence WHERE 1 = 0");
        presence.switchOffProtectionForControl("presence_unguarded", Duration.ofMillis(50));

        Map<ScanResult, Long> results = scanAtOnce(fair, fixtures.code(badge));

        assertThat(results.get(ScanResult.ADMITTED)).isGreaterThan(1);
        assertThat(presence.rowsOf(badge.badgeId(), LocalDate.now(fair.event().timeZone()))).isGreaterThan(1);
    }

    private Map<ScanResult, Long> scanAtOnce(Fair fair, String code) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<ScanResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    TestData.signInAs(fair.volunteer());
                    try {
                        start.await();
                        return checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result();
                    } finally {
                        TestData.signOut();
                    }
                }));
            }
            start.countDown();
            List<ScanResult> results = new ArrayList<>();
            for (Future<ScanResult> future : futures) {
                results.add(future.get());
            }
            return results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
