package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
    private final RegistrationThrottle throttle = new RegistrationThrottle(clock, 5, Duration.ofMinutes(10));

    @Test
    void five_submissions_pass_the_sixth_waits_until_the_first_leaves_the_window() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.submit("203.0.113.7")).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.submit("203.0.113.7")).contains(Duration.ofMinutes(5));
        assertThat(throttle.submit("198.51.100.1")).as("another address").isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.submit("203.0.113.7")).as("the first submission has left the window").isEmpty();
        assertThat(throttle.submit("203.0.113.7")).isPresent();
    }

    @Test
    void refused_submissions_do_not_extend_the_wait() {
        for (int i = 0; i < 5; i++) {
            throttle.submit("203.0.113.8");
        }
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.submit("203.0.113.8")).isPresent();
        }
        clock.advance(Duration.ofMinutes(10));

        assertThat(throttle.submit("203.0.113.8")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
