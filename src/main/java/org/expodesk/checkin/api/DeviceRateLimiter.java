package org.expodesk.checkin.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per device, in memory: {@code burst} requests at once, refilled at {@code perSecond}. A scanner
 * in normal use (one badge every second or two, an offline upload now and then) never meets it; a stolen token
 * in a loop or a device stuck retrying does. Per application instance: behind a load balancer each instance
 * grants a device its own budget (docs/api.md).
 */
@Component
class DeviceRateLimiter {

    private final double perSecond;
    private final double burst;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    DeviceRateLimiter(@Value("${expodesk.checkin.api.requests-per-second:20}") double perSecond,
            @Value("${expodesk.checkin.api.burst:40}") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** 0 when the request may go ahead, otherwise the whole seconds to wait before the next one. */
    long secondsToWait(long deviceId) {
        return buckets.computeIfAbsent(deviceId, id -> new Bucket(burst)).take(System.nanoTime(), perSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
