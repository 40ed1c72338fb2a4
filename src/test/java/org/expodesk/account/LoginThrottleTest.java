package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, WINDOW);

    @Test
    void five_failures_on_an_account_are_allowed_and_the_sixth_attempt_is_refused() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blockedFor("volunteer", "10.0.0.1")).isEmpty();
            throttle.failed("volunteer", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.blockedFor("volunteer", "10.0.0.1")).isPresent();
    }

    @Test
    void a_blocked_account_is_refused_from_any_address_and_with_any_spelling_of_its_name() {
        failTimes(5, "volunteer", "10.0.0.1");

        assertThat(throttle.blockedFor(" Volunteer ", "10.0.0.99")).isPresent();
    }

    @Test
    void another_account_from_another_address_is_not_refused() {
        failTimes(5, "volunteer", "10.0.0.1");

        assertThat(throttle.blockedFor("organiser", "10.0.0.2")).isEmpty();
    }

    @Test
    void an_address_is_blocked_after_twenty_failures_across_accounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i, "10.0.0.7");
        }

        assertThat(throttle.blockedFor("never-tried", "10.0.0.7")).isPresent();
        assertThat(throttle.blockedFor("never-tried", "10.0.0.8")).isEmpty();
    }

    @Test
    void the_block_lifts_once_the_window_has_passed() {
        failTimes(5, "volunteer", "10.0.0.1");

        clock.advance(WINDOW.minusMinutes(1));
        assertThat(throttle.blockedFor("volunteer", "10.0.0.1")).hasValue(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.blockedFor("volunteer", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_successful_sign_in_resets_the_accounts_counter() {
        failTimes(4, "volunteer", "10.0.0.1");
        throttle.succeeded("volunteer");
        failTimes(4, "volunteer", "10.0.0.1");

        assertThat(throttle.blockedFor("volunteer", "10.0.0.1")).isEmpty();
    }

    private void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    /** A clock the test moves by hand, so fifteen minutes pass in no time. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void addresses_whose_failures_have_expired_are_forgotten_so_memory_stays_bounded() {
        for (int i = 0; i <= LoginThrottle.SWEEP_ABOVE; i++) {
            throttle.failed("guess" + i, "10.9." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.trackedKeys()).isGreaterThan(LoginThrottle.SWEEP_ABOVE);

        clock.advance(WINDOW.plusSeconds(1));
        throttle.failed("someone", "192.0.2.1");

        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(2);
    }
}
