package org.expodesk.checkin;

import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.checkin.domain.PresenceLedger;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The live count of people inside each hall: the presence rows inside on the current fair day (the latest day
 * with an admission), against the hall's capacity. Counting rows rather than adding and subtracting means a
 * retried or duplicated scan can never count twice and no count can go below zero.
 * <p>
 * Screens subscribe to an event: after a scan that changed a count has committed, the counts are read again and
 * handed to every subscriber on a background thread. Changes within {@value #COALESCE_MILLIS} ms are read once,
 * so a rush at the gates costs one query per event and interval, not one per scan. Per application instance:
 * a screen on another instance hears of its own instance's scans only (docs/check-in.md).
 */
@Service
public class OccupancyService implements DisposableBean {

    static final long COALESCE_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(OccupancyService.class);

    private final HallService halls;
    private final PresenceLedger presence;
    private final EventAccessPolicy access;
    private final Map<Long, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService notifier = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "occupancy-notifier");
        thread.setDaemon(true);
        return thread;
    });

    OccupancyService(HallService halls, PresenceLedger presence, EventAccessPolicy access) {
        this.halls = halls;
        this.presence = presence;
        this.access = access;
    }

    /** Every hall of the event, the people inside now and its capacity. */
    @PreAuthorize(Roles.OFFICE)
    public List<HallCount> occupancy(long eventId) {
        access.requireAccess(eventId);
        return counts(eventId, halls.halls(eventId));
    }

    /**
     * Calls {@code listener} with fresh counts, on another thread, whenever a scan changed them. The halls are
     * read now, with the subscriber's rights; the returned registration removes the listener.
     */
    @PreAuthorize(Roles.OFFICE)
    public Registration subscribe(long eventId, Consumer<List<HallCount>> listener) {
        access.requireAccess(eventId);
        Subscription subscription = new Subscription(halls.halls(eventId), listener);
        subscriptions.computeIfAbsent(eventId, id -> new CopyOnWriteArraySet<>()).add(subscription);
        return () -> subscriptions.getOrDefault(eventId, Set.of()).remove(subscription);
    }

    /** Called inside a scan's transaction that changed a count: subscribers hear of it once it has committed. */
    void countsChangedOnCommit(long eventId) {
        AfterCommit.run(() -> countsChanged(eventId));
    }

    private void countsChanged(long eventId) {
        if (subscriptions.getOrDefault(eventId, Set.of()).isEmpty() || !pending.add(eventId)) {
            return;
        }
        notifier.schedule(() -> notifySubscribers(eventId), COALESCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void notifySubscribers(long eventId) {
        pending.remove(eventId);
        for (Subscription subscription : subscriptions.getOrDefault(eventId, Set.of())) {
            try {
                subscription.listener().accept(counts(eventId, subscription.halls()));
            } catch (RuntimeException e) {
                // One closed screen must not keep the others from hearing.
                log.warn("Occupancy listener of event {} failed: {}", eventId, e.toString());
            }
        }
    }

    private List<HallCount> counts(long eventId, List<HallSummary> eventHalls) {
        LocalDate day = presence.latestDay(eventId);
        Map<Long, Integer> inside = day == null ? Map.of() : presence.insideByHall(eventId, day);
        return eventHalls.stream().map(h -> new HallCount(h.id(), h.code(), h.nameZh(), h.nameEn(), h.capacity(),
                inside.getOrDefault(h.id(), 0))).toList();
    }

    @Override
    public void destroy() {
        notifier.shutdownNow();
    }

    private record Subscription(List<HallSummary> halls, Consumer<List<HallCount>> listener) {

        @Override
        public boolean equals(@Nullable Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
