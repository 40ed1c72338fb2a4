package org.expodesk.exhibitor;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Frees booths whose holds have expired, once a minute, so that the plan and the dashboard show them free
 * without waiting for someone to ask for them. Each booth is released in a transaction of its own with the
 * same conditional statement as the lazy release, so the sweeps of several instances never conflict.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HoldSweep {

    private static final Logger log = LoggerFactory.getLogger(HoldSweep.class);

    private final BoothAllocator allocator;
    private final AllocationAttempts attempts;
    private final Clock clock;

    HoldSweep(BoothAllocator allocator, PlatformTransactionManager transactionManager, Clock clock) {
        this.allocator = allocator;
        this.attempts = new AllocationAttempts(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${expodesk.exhibitor.hold-sweep:PT1M}", initialDelayString = "${expodesk.exhibitor.hold-sweep:PT1M}")
    void sweep() {
        int released = 0;
        for (Long boothId : allocator.expiredHolds(clock.instant(), 500)) {
            attempts.run(() -> {
                allocator.releaseExpired(boothId, clock.instant());
                return null;
            });
            released++;
        }
        if (released > 0) {
            log.info("Released {} booth holds that had expired", released);
        }
    }
}
