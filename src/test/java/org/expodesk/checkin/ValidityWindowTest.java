package org.expodesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.expodesk.checkin.CheckInFixtures.Fair;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/** A badge admits from the first second of its first valid day to the last second of its last, in the event's time zone. */
@SpringBootTest
@ActiveProfiles("test")
class ValidityWindowTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** A fixed clock the test moves: the application reads "now" only from the Clock bean. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    CheckInService checkIn;
    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        clock.set(Instant.now());
        TestData.signOut();
    }

    @Test
    void one_second_before_and_after_the_valid_days_the_badge_is_not_valid_now() {
        Fair fair = fixtures.fair(10);
        String buyer = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "郭靖"));
        ZoneId zone = fair.event().timeZone();
        Instant opens = fair.event().startDate().atStartOfDay(zone).toInstant();
        Instant closes = fair.event().endDate().plusDays(1).atStartOfDay(zone).toInstant();
        TestData.signInAs(fair.volunteer());

        assertThat(scanAt(fair, buyer, opens.minusSeconds(1))).isEqualTo(ScanResult.NOT_VALID_NOW);
        assertThat(scanAt(fair, buyer, opens)).isEqualTo(ScanResult.ADMITTED);
        assertThat(scanAt(fair, buyer, closes.minusSeconds(1))).isEqualTo(ScanResult.ADMITTED);
        assertThat(scanAt(fair, buyer, closes)).isEqualTo(ScanResult.NOT_VALID_NOW);
    }

    private ScanResult scanAt(Fair fair, String code, Instant at) {
        clock.set(at);
        return checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result();
    }
}
