package org.expodesk.exhibitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps one client address from flooding the public registration: at most {@code max-per-address} submissions
 * within the window. The address is the request's remote address, which Spring Boot's
 * {@code server.forward-headers-strategy} decides: the connection's by default, the proxy's X-Forwarded-For
 * only when the deployer says a proxy is there. Counted in memory of this instance.
 */
@Component
class RegistrationThrottle {

    /** Above this many tracked addresses, those whose submissions all left the window are forgotten. */
    static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();

    RegistrationThrottle(Clock clock, @Value("${expodesk.exhibitor.registration.max-per-address:5}") int maxPerAddress,
            @Value("${expodesk.exhibitor.registration.window:PT10M}") Duration window) {
        this.clock = clock;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** Counts a submission from the address, or tells how long it must wait (and counts nothing). */
    Optional<Duration> submit(String address) {
        Instant now = clock.instant();
        if (submissions.size() > SWEEP_ABOVE) {
            submissions.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = submissions.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            if (times.size() >= maxPerAddress) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
    }
}
