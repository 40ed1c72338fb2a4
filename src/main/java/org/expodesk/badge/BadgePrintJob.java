package org.expodesk.badge;

import com.vaadin.flow.shared.Registration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One background print run: the badges drawn so far, its state, and the temporary file its PDF goes to.
 * Listeners hear about progress on the printing thread, at most every {@value #REPORT_EVERY_MS} ms and at
 * the end: a screen updated for every one of 10,000 badges would spend more on pushing than on printing.
 */
public final class BadgePrintJob {

    static final long REPORT_EVERY_MS = 200;

    private final UUID id = UUID.randomUUID();
    private final String owner;
    private final long eventId;
    private final long total;
    private final Path file;
    private final List<Consumer<BadgePrintProgress>> listeners = new CopyOnWriteArrayList<>();
    private volatile long done;
    private volatile BadgePrintProgress.State state = BadgePrintProgress.State.RUNNING;
    private volatile boolean cancelRequested;
    private volatile @Nullable Instant expiresAt;
    private long lastReport;

    BadgePrintJob(String owner, long eventId, long total, Path file) {
        this.owner = owner;
        this.eventId = eventId;
        this.total = total;
        this.file = file;
    }

    public UUID id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public BadgePrintProgress progress() {
        return new BadgePrintProgress(id, done, total, state);
    }

    /** Hears every further report (on the printing thread); the current state is reported at once. */
    public Registration subscribe(Consumer<BadgePrintProgress> listener) {
        listeners.add(listener);
        listener.accept(progress());
        return () -> listeners.remove(listener);
    }

    /** Stops the run before its next badge; the partial file is deleted. */
    public void cancel() {
        cancelRequested = true;
    }

    /** A file name for the browser: the event and when the run was made, e.g. {@code badges-12-3f2a.pdf}. */
    public String fileName() {
        return "badges-" + eventId + "-" + id.toString().substring(0, 4) + ".pdf";
    }

    String owner() {
        return owner;
    }

    Path file() {
        return file;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    @Nullable Instant expiresAt() {
        return expiresAt;
    }

    /** Called by the printing thread after each badge. */
    void advance() {
        done++;
        long now = System.currentTimeMillis();
        if (now - lastReport >= REPORT_EVERY_MS) {
            lastReport = now;
            report();
        }
    }

    void finish(BadgePrintProgress.State end, @Nullable Instant expires) {
        state = end;
        expiresAt = expires;
        report();
    }

    private void report() {
        BadgePrintProgress now = progress();
        for (Consumer<BadgePrintProgress> listener : listeners) {
            listener.accept(now);
        }
    }
}
