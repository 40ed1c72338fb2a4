package org.expodesk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.expodesk.badge.BadgeCodeVerifier;
import org.expodesk.badge.BadgeVerification;
import org.expodesk.checkin.domain.LoggedScan;
import org.expodesk.checkin.domain.ScanLog;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scanning a badge at a gate, by a volunteer on the scanning screen, an organiser, or an enrolled device
 * (which scans at its own gate only). Each scan is one READ COMMITTED transaction: the gate's rules
 * ({@link GateRules}) and the scan log row commit together, so an answer shown is an answer logged. The nonce
 * makes retries harmless: a nonce seen before returns the first answer and writes nothing, even when the
 * retry arrives while the first attempt is still running (the unique nonce then rolls the second back).
 * The signature is checked before the transaction opens: it needs no database.
 */
@Service
public class CheckInService {

    /** Offline uploads larger than this are refused: the device sends them in parts. */
    public static final int MAX_UPLOAD = 1000;

    private final GatePosts gates;
    private final GateRules rules;
    private final ScanLog log;
    private final BadgeCodeVerifier verifier;
    private final ScanAnswers answers;
    private final OccupancyService occupancy;
    private final EventAccessPolicy access;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CheckInService(GatePosts gates, GateRules rules, ScanLog log, BadgeCodeVerifier verifier, ScanAnswers answers,
            OccupancyService occupancy, EventAccessPolicy access, Clock clock, PlatformTransactionManager transactions) {
        this.gates = gates;
        this.rules = rules;
        this.log = log;
        this.verifier = verifier;
        this.answers = answers;
        this.occupancy = occupancy;
        this.access = access;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** A scan now, at the gate. Volunteers and organisers of the gate's event, administrators, and the gate's own devices. */
    @PreAuthorize(Roles.SCANNERS)
    public ScanAnswer scan(long gateId, @Nullable String code, UUID nonce, Direction direction) {
        Instant now = now();
        return record(new Attempt(gateId, code, nonce, direction, now, now, null, null));
    }

    /**
     * Scans a device made offline, stored once each (a repeated upload stores nothing twice) and never dropped.
     * Each is judged at its device time, in device-time order, and flagged as a conflict when the server refuses
     * what the device let through. A device time in the future counts as the upload's time.
     */
    @PreAuthorize("hasRole('" + Roles.DEVICE + "')")
    public List<UploadedScan> upload(List<OfflineScan> scans) {
        ScanningDevice device = (ScanningDevice) Objects.requireNonNull(CurrentUser.principal());
        if (scans.size() > MAX_UPLOAD) {
            throw new BusinessRuleException("checkin.error.upload-too-large", MAX_UPLOAD);
        }
        List<OfflineScan> inOrder = new ArrayList<>(scans);
        inOrder.sort(Comparator.comparing(OfflineScan::deviceTime));
        List<UploadedScan> results = new ArrayList<>(inOrder.size());
        for (OfflineScan scan : inOrder) {
            Instant now = now();
            Instant judgedAt = scan.deviceTime().isAfter(now) ? now : scan.deviceTime();
            Instant deviceTime = scan.deviceTime().truncatedTo(ChronoUnit.MICROS);
            Attempt attempt = new Attempt(device.gateId(), scan.code(), scan.nonce(), scan.direction(), now,
                    judgedAt.truncatedTo(ChronoUnit.MICROS), deviceTime, scan.deviceResult());
            Outcome outcome = recordOutcome(attempt);
            results.add(new UploadedScan(scan.nonce().toString(), outcome.logged().result(), outcome.logged().conflict(),
                    outcome.replayed()));
        }
        return results;
    }

    /**
     * A scan judged as if made at {@code at}: for re-entering scans from a paper list kept during an outage, and
     * for the demo's day of scans before the fair. Logged as offline, with {@code at} as its device time.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ScanAnswer scanAsOf(long gateId, String code, UUID nonce, Direction direction, Instant at) {
        Instant judgedAt = at.truncatedTo(ChronoUnit.MICROS);
        return record(new Attempt(gateId, code, nonce, direction, now(), judgedAt, judgedAt, null));
    }

    /** To the microsecond, as DATETIME(6) keeps it: a replayed answer must equal the first one exactly. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private ScanAnswer record(Attempt attempt) {
        Outcome outcome = recordOutcome(attempt);
        return answers.of(outcome.logged(), outcome.judgement());
    }

    /**
     * One transaction per scan, with the fewest round trips: the gate and its event come from {@link GatePosts},
     * the signature needs no database, so the transaction reads the badge, writes the presence row and the log
     * row, and commits. A nonce seen before is not looked up first (retries are rare): the log's unique nonce
     * refuses the second row, everything the retry did rolls back, and the first answer is read and returned.
     */
    private Outcome recordOutcome(Attempt attempt) {
        BadgeVerification verification = verifier.verify(attempt.code());
        GatePost gate = gates.of(attempt.gateId());
        Source source = sourceAt(gate);
        for (int tries = 1; ; tries++) {
            try {
                return Objects.requireNonNull(transaction.execute(tx -> judgeAndLog(gate, verification, attempt, source)));
            } catch (DuplicateKeyException e) {
                // The same nonce was logged before, or committed meanwhile by a retry overtaking its first attempt.
                return replay(log.find(attempt.nonce()).orElseThrow(() -> e), source);
            } catch (PessimisticLockingFailureException e) {
                // A deadlock victim or a lock timeout under a rush: the work was rolled back, so doing it again is safe.
                if (tries == 3) {
                    throw e;
                }
            }
        }
    }

    private Outcome judgeAndLog(GatePost gate, BadgeVerification verification, Attempt attempt, Source source) {
        GateRules.Judgement judgement;
        boolean conflict = false;
        if (attempt.deviceResult() != null && !attempt.deviceResult().passes()) {
            // The device turned the wearer away: nobody went in or out, so nothing is counted.
            judgement = GateRules.Judgement.refused(attempt.deviceResult(), null, null);
        } else {
            judgement = rules.judge(gate, verification, attempt.direction(), attempt.judgedAt());
            conflict = attempt.deviceTime() != null && !judgement.result().passes();
        }
        boolean offline = attempt.deviceTime() != null;
        LoggedScan logged = new LoggedScan(attempt.nonce(), gate.eventId(), gate.id(), source.deviceId(),
                source.accountId(), attempt.serverTime(), attempt.deviceTime(), judgement.badgeUid(), attempt.direction(),
                judgement.result(), offline, conflict, judgement.firstAdmittedAt(), judgement.firstGateId());
        log.insert(logged);
        if (judgement.countChanged()) {
            occupancy.countsChangedOnCommit(gate.eventId());
        }
        return new Outcome(logged, judgement, false);
    }

    private Outcome replay(LoggedScan earlier, Source source) {
        if (!source.equals(new Source(earlier.deviceId(), earlier.accountId()))) {
            throw new BusinessRuleException("checkin.error.nonce-taken");
        }
        return new Outcome(earlier, null, true);
    }

    /** Who scans: the device itself at its own gate, or a signed-in account working on the gate's event. */
    private Source sourceAt(GatePost gate) {
        access.requireAccess(gate.eventId());
        if (CurrentUser.principal() instanceof ScanningDevice device) {
            if (device.gateId() != gate.id()) {
                throw new AccessDeniedException("Device " + device.deviceId() + " scans at its own gate only");
            }
            return new Source(device.deviceId(), null);
        }
        AppUser user = CurrentUser.require();
        return new Source(null, user.accountId());
    }

    private record Attempt(long gateId, @Nullable String code, UUID nonce, Direction direction, Instant serverTime,
            Instant judgedAt, @Nullable Instant deviceTime, @Nullable ScanResult deviceResult) {
    }

    private record Source(@Nullable Long deviceId, @Nullable Long accountId) {
    }

    private record Outcome(LoggedScan logged, GateRules.@Nullable Judgement judgement, boolean replayed) {
    }
}
