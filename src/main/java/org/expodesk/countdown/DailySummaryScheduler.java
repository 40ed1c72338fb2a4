package org.expodesk.countdown;

import java.time.Clock;
import java.util.EnumSet;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Looks every minute whether an event's summary hour has come (each event in its own time zone) and composes
 * the summaries due. Checking every minute rather than scheduling one job per event keeps it simple and
 * survives restarts and changed hours; the unique (event, day) row makes repeats and a second instance harmless.
 * Off with {@code expodesk.daily-summary.enabled=false} (the tests call the service directly).
 */
@Component
@ConditionalOnProperty(name = "expodesk.daily-summary.enabled", havingValue = "true", matchIfMissing = true)
class DailySummaryScheduler {

    private static final Logger log = LoggerFactory.getLogger(DailySummaryScheduler.class);

    private final DailySummaryService summaries;
    private final Clock clock;

    DailySummaryScheduler(DailySummaryService summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Scheduled(cron = "0 * * * * *")
    void composeDueSummaries() {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            summaries.composeDue(clock.instant()).forEach(r -> log.info("Daily summary: {}", r));
        } catch (RuntimeException e) {
            log.error("Composing the daily summaries failed; retried next minute", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
