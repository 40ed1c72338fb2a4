package org.expodesk.guest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stops guessing of RSVP links: after too many unknown links from one client address within the window, that address
 * is refused even for good links until the window has passed. 256-bit tokens are not guessable anyway; this keeps
 * the attempt from costing the database. Counted in memory of this instance.
 */
@Component
class RsvpThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    RsvpThrottle(Clock clock, @Value("${expodesk.rsvp.max-unknown-links-per-address:10}") int maxFailures,
            @Value("${expodesk.rsvp.window:PT15M}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean blocked(String address) {
        Deque<Instant> seen = failures.get(address);
        if (seen == null) {
            return false;
        }
        synchronized (seen) {
            prune(seen);
            return seen.size() >= maxFailures;
        }
    }

    void failed(String address) {
        if (failures.size() > 10_000) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d);
                    return d.isEmpty();
                }
            });
        }
        Deque<Instant> seen = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (seen) {
            seen.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> seen) {
        Instant oldest = clock.instant().minus(window);
        while (!seen.isEmpty() && seen.peekFirst().isBefore(oldest)) {
            seen.removeFirst();
        }
    }
}
