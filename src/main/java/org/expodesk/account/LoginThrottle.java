package org.expodesk.account;

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
 * Slows down password guessing. After too many failed sign-ins within the window, an account (whatever
 * address tries it) or a client address (whatever account it tries) is refused until the window has
 * passed. Counted in memory of this instance: two instances each count their own attempts.
 */
@Component
class LoginThrottle {

    /** Above this many tracked keys, expired ones are swept out before recording another failure. */
    static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
            @Value("${expodesk.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${expodesk.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${expodesk.login.window:PT15M}") Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if they must. */
    Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = wait(failuresByAccount.get(key(username)), maxPerAccount, now);
        Optional<Duration> byAddress = wait(failuresByAddress.get(address), maxPerAddress, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(failuresByAccount, key(username), now);
        record(failuresByAddress, address, now);
    }

    void succeeded(String username) {
        failuresByAccount.remove(key(username));
    }

    private void record(Map<String, Deque<Instant>> map, String key, Instant now) {
        if (map.size() > SWEEP_ABOVE) {
            sweep(map, now);
        }
        map.compute(key, (k, deque) -> {
            Deque<Instant> d = deque == null ? new ArrayDeque<>() : deque;
            prune(d, now);
            d.addLast(now);
            return d;
        });
    }

    /** Forgets keys whose failures have all left the window, so guessing from many addresses cannot fill memory. */
    private void sweep(Map<String, Deque<Instant>> map, Instant now) {
        map.entrySet().removeIf(entry -> {
            prune(entry.getValue(), now);
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty();
            }
        });
    }

    int trackedKeys() {
        return failuresByAccount.size() + failuresByAddress.size();
    }

    private Optional<Duration> wait(Deque<Instant> failures, int max, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < max) {
                return Optional.empty();
            }
            Instant oldestCounted = failures.toArray(Instant[]::new)[failures.size() - max];
            return Optional.of(Duration.between(now, oldestCounted.plus(window)));
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        synchronized (failures) {
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
                failures.pollFirst();
            }
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
