package org.expodesk.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SummaryHourTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");

    @Test
    void the_summary_is_due_from_the_hour_in_the_events_own_time_zone() {
        assertThat(SummaryHour.dueDay(SHANGHAI, 20, Instant.parse("2026-11-02T11:59:59Z"))).isEmpty();
        assertThat(SummaryHour.dueDay(SHANGHAI, 20, Instant.parse("2026-11-02T12:00:00Z"))).contains(LocalDate.of(2026, 11, 2));
    }

    @Test
    void the_same_instant_is_before_the_hour_in_urumqi_and_after_it_in_shanghai() {
        Instant at = Instant.parse("2026-11-02T12:30:00Z"); // 20:30 in Shanghai, 18:30 in Urumqi (UTC+6)

        assertThat(SummaryHour.dueDay(SHANGHAI, 20, at)).contains(LocalDate.of(2026, 11, 2));
        assertThat(SummaryHour.dueDay(URUMQI, 20, at)).isEmpty();
    }

    @Test
    void after_midnight_utc_the_day_due_is_the_events_local_day() {
        // 00:30 UTC on 3 November is 08:30 on 3 November in Shanghai: the summary of the 3rd is not due yet at 20:00
        assertThat(SummaryHour.dueDay(SHANGHAI, 20, Instant.parse("2026-11-03T00:30:00Z"))).isEmpty();
        assertThat(SummaryHour.dueDay(SHANGHAI, 8, Instant.parse("2026-11-03T00:30:00Z"))).contains(LocalDate.of(2026, 11, 3));
    }
}
