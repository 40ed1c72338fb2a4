package org.expodesk.badge;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import org.expodesk.badge.BadgePrintProgress.State;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Prints a filtered list of badges (a whole type, or whatever the office narrowed the list to) in the
 * background, four to an A4 sheet, into a temporary file that the browser then downloads. The screen stays
 * usable and shows the progress; 10,000 badges pass through memory 200 at a time and the PDF goes to disk
 * page by page, never into the heap.
 * <p>
 * The run happens on a small executor of its own with the caller's security context: every batch is fetched
 * through {@link BadgeService}, which checks the caller again. Two runs draw at a time (drawing is CPU work
 * and this serves a few office staff, not the public); more wait in line. A finished file is deleted once it
 * has been downloaded, or an hour after the run ended.
 */
@Service
public class BadgePrintJobs {

    static final Duration KEEP_FILES = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(BadgePrintJobs.class);

    private final BadgeService badges;
    private final BadgePdfRenderer renderer;
    private final Clock clock;
    private final ThreadPoolTaskExecutor printing = new ThreadPoolTaskExecutor();
    private final ThreadPoolTaskScheduler cleaning = new ThreadPoolTaskScheduler();
    private final Map<UUID, BadgePrintJob> jobs = new ConcurrentHashMap<>();

    BadgePrintJobs(BadgeService badges, BadgePdfRenderer renderer, Clock clock) {
        this.badges = badges;
        this.renderer = renderer;
        this.clock = clock;
        printing.setCorePoolSize(2);
        printing.setMaxPoolSize(2);
        printing.setQueueCapacity(50);
        printing.setThreadNamePrefix("badge-print-");
        printing.initialize();
        cleaning.setThreadNamePrefix("badge-print-cleaning-");
        cleaning.initialize();
        cleaning.scheduleWithFixedDelay(() -> deleteExpired(clock.instant()), Duration.ofMinutes(5));
    }

    /** Starts printing every valid badge of the list; refused when there is none. */
    @PreAuthorize(Roles.OFFICE)
    public BadgePrintJob start(long eventId, BadgeFilter filter) {
        long total = badges.countPrintable(eventId, filter);
        if (total == 0) {
            throw new BusinessRuleException("badge.print.nothing");
        }
        Path file;
        try {
            file = Files.createTempFile("expodesk-badges-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var caller = SecurityContextHolder.getContext();
        BadgePrintJob job = new BadgePrintJob(caller.getAuthentication().getName(), eventId, total, file);
        jobs.put(job.id(), job);
        printing.execute(new DelegatingSecurityContextRunnable(() -> run(job, filter), caller));
        return job;
    }

    /** The caller's own run with this id, while it is known (running, or finished within the hour). */
    @PreAuthorize(Roles.OFFICE)
    public Optional<BadgePrintJob> find(UUID jobId) {
        return Optional.ofNullable(jobs.get(jobId)).filter(job -> job.owner().equals(callerName()));
    }

    /**
     * The finished PDF of the caller's run, to be streamed to the browser. Closing the stream deletes the file:
     * a badge sheet is a set of valid entry passes and should not lie around.
     */
    @PreAuthorize(Roles.OFFICE)
    public InputStream download(UUID jobId) throws IOException {
        BadgePrintJob job = find(jobId).orElseThrow(() -> new BusinessRuleException("badge.print.gone"));
        if (job.progress().state() != State.DONE || !Files.exists(job.file())) {
            throw new BusinessRuleException("badge.print.gone");
        }
        return new FilterInputStream(Files.newInputStream(job.file())) {
            @Override
            public void close() throws IOException {
                super.close();
                forget(job);
            }
        };
    }

    private void run(BadgePrintJob job, BadgeFilter filter) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.file()), 64 * 1024)) {
            renderer.render(counted(new BadgePrintRun(badges, job.eventId(), filter), job), BadgePdfRenderer.Layout.A4_2X2, out);
        } catch (CancellationException e) {
            delete(job.file());
            job.finish(State.CANCELLED, clock.instant());
            return;
        } catch (IOException | RuntimeException e) {
            log.warn("Badge print run {} of event {} failed", job.id(), job.eventId(), e);
            delete(job.file());
            job.finish(State.FAILED, clock.instant());
            return;
        }
        job.finish(State.DONE, clock.instant().plus(KEEP_FILES));
    }

    /** Counts each badge handed to the renderer, and stops the run when it is cancelled. */
    private static Iterator<BadgePrint> counted(Iterator<BadgePrint> run, BadgePrintJob job) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (job.cancelRequested()) {
                    throw new CancellationException();
                }
                return run.hasNext();
            }

            @Override
            public BadgePrint next() {
                BadgePrint badge = run.next();
                job.advance();
                return badge;
            }
        };
    }

    /** Deletes the files of runs that ended before {@code now}: downloaded or not, they are gone after an hour. */
    void deleteExpired(Instant now) {
        for (BadgePrintJob job : jobs.values()) {
            Instant expires = job.expiresAt();
            if (expires != null && !expires.isAfter(now)) {
                forget(job);
            }
        }
    }

    private void forget(BadgePrintJob job) {
        jobs.remove(job.id());
        delete(job.file());
    }

    @PreDestroy
    void stop() {
        printing.shutdown();
        cleaning.shutdown();
        jobs.values().forEach(BadgePrintJob::cancel);
        jobs.values().forEach(job -> delete(job.file()));
    }

    private static String callerName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the badge print file {}", file, e);
        }
    }
}
