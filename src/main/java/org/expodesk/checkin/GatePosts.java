package org.expodesk.checkin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.expodesk.checkin.domain.Gate;
import org.expodesk.checkin.domain.GateRepository;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.event.EventUpdated;
import org.expodesk.shared.domain.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gates as the scan path needs them, read from the database at most every {@link #FRESH} instead of on every
 * scan (a gate and its event change a few times a day; a gate is scanned at up to hundreds a second). A change
 * made through this instance takes effect at once: {@link GateService} and {@link EventUpdated} drop the copy once
 * their transaction has committed. Another instance of the application sees it within {@link #FRESH}.
 * Caffeine computes a missing entry atomically, so a drop that comes while the old state is being read is not
 * lost: it waits for the read and removes what it put.
 */
@Component
class GatePosts {

    static final Duration FRESH = Duration.ofSeconds(10);

    private final Cache<Long, GatePost> posts = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(5_000).build();
    private final GateRepository gates;
    private final EventService events;

    GatePosts(GateRepository gates, EventService events) {
        this.gates = gates;
        this.events = events;
    }

    /** The gate, read for a caller who works on its event (the caller's access is checked by the scan itself). */
    GatePost of(long gateId) {
        return posts.get(gateId, this::load);
    }

    /** Drops the gate's copy when the caller's transaction commits. */
    void changed(long gateId) {
        AfterCommit.run(() -> posts.invalidate(gateId));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EventUpdated updated) {
        posts.asMap().values().removeIf(post -> post.eventId() == updated.eventId());
    }

    private GatePost load(long gateId) {
        Gate gate = gates.findById(gateId).orElseThrow(() -> new NotFoundException("gate", gateId));
        EventSummary event = events.find(gate.eventId())
                .orElseThrow(() -> new AccessDeniedException("Event " + gate.eventId() + " is not assigned to you"));
        return new GatePost(gate.requireId(), gate.code(), gate.eventId(), gate.hallId(), gate.active(),
                gate.allowedTypeIds(), event.startDate(), event.timeZone());
    }
}
