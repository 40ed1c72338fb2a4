package org.expodesk.badge;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The badges of a filtered list for the renderer, fetched {@value #BATCH} at a time as it draws them: a run
 * of 10,000 badges never sits in memory at once, and every batch passes the service's security checks.
 */
public final class BadgePrintRun implements Iterator<BadgePrint> {

    static final int BATCH = 200;

    private final BadgeService badges;
    private final long eventId;
    private final BadgeFilter filter;
    private final int batchSize;
    private List<BadgePrint> batch = List.of();
    private int next;
    private long lastId;
    private boolean exhausted;

    public BadgePrintRun(BadgeService badges, long eventId, BadgeFilter filter) {
        this(badges, eventId, filter, BATCH);
    }

    BadgePrintRun(BadgeService badges, long eventId, BadgeFilter filter, int batchSize) {
        this.badges = badges;
        this.eventId = eventId;
        this.filter = filter;
        this.batchSize = batchSize;
    }

    @Override
    public boolean hasNext() {
        if (next < batch.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        batch = badges.printBatch(eventId, filter, lastId, batchSize);
        next = 0;
        exhausted = batch.size() < batchSize;
        return !batch.isEmpty();
    }

    @Override
    public BadgePrint next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BadgePrint badge = batch.get(next++);
        lastId = badge.id();
        return badge;
    }
}
