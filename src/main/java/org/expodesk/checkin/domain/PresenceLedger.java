package org.expodesk.checkin.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who is inside, one row per badge and day, and the database's word on admissions. The primary key
 * (badge_uid, day) admits a single-entry badge once a day: of many simultaneous inserts exactly one succeeds,
 * the others wait for it and fail as duplicates. A re-entry badge comes in again through a conditional update
 * ({@code ... AND inside = FALSE}) that only one of many simultaneous scans can win. An exit is the converse
 * update, so a repeated exit changes nothing. No Java lock is involved, so several application instances are
 * as safe as one. The hall counts are the rows inside: they can neither count a retry twice nor go below zero.
 * <p>
 * Callers run in a READ COMMITTED transaction, so the row that beat them is visible right after the duplicate.
 */
@Repository
public class PresenceLedger {

    /** The outcome of a scan going in. */
    public sealed interface Entry {
        record Admitted() implements Entry {
        }

        /** Already inside (or, single entry, already admitted today): since when, and through which gate. */
        record AlreadyIn(Instant since, long gateId) implements Entry {
        }
    }

    private final JdbcTemplate jdbc;
    private volatile @Nullable String controlTable;
    private volatile Duration controlPause = Duration.ZERO;

    PresenceLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first valid scan of the day admits; every later one, at any gate, finds the row. */
    public Entry admitOnce(String badgeUid, LocalDate day, long eventId, @Nullable Long hallId, long gateId, Instant now) {
        String control = controlTable;
        if (control != null) {
            return admitOnceWithoutProtection(control, badgeUid, day, eventId, hallId, gateId, now);
        }
        try {
            insert("presence", badgeUid, day, eventId, hallId, gateId, now);
            return new Entry.Admitted();
        } catch (DuplicateKeyException e) {
            return alreadyIn("presence", badgeUid, day);
        }
    }

    /**
     * Re-entry: in again if outside (after an exit), or in for the first time today. The update comes first, so
     * a scan that loses the insert race never needs a lock the winners still hold (InnoDB would deadlock on it).
     */
    public Entry admitAgain(String badgeUid, LocalDate day, long eventId, @Nullable Long hallId, long gateId, Instant now) {
        int updated = jdbc.update("UPDATE presence SET inside = TRUE, hall_id = ?, last_in_at = ?, last_in_gate_id = ?, "
                + "updated_at = ? WHERE badge_uid = ? AND scan_day = ? AND inside = FALSE",
                hallId, SqlTime.of(now), gateId, SqlTime.of(now), badgeUid, day);
        if (updated == 1) {
            return new Entry.Admitted();
        }
        try {
            insert("presence", badgeUid, day, eventId, hallId, gateId, now);
            return new Entry.Admitted();
        } catch (DuplicateKeyException e) {
            return alreadyIn("presence", badgeUid, day);
        }
    }

    /** Out, if inside: true when this scan changed the count. */
    public boolean exit(String badgeUid, LocalDate day, Instant now) {
        return jdbc.update("UPDATE presence SET inside = FALSE, updated_at = ? WHERE badge_uid = ? AND scan_day = ? AND inside = TRUE",
                SqlTime.of(now), badgeUid, day) == 1;
    }

    /** People inside per hall on that day; halls with nobody inside are missing. */
    public Map<Long, Integer> insideByHall(long eventId, LocalDate day) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("SELECT hall_id, COUNT(*) FROM presence WHERE event_id = ? AND scan_day = ? AND inside = TRUE "
                + "AND hall_id IS NOT NULL GROUP BY hall_id", rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, eventId, day);
        return counts;
    }

    /** The last day with any scan let in: today during the fair. */
    public @Nullable LocalDate latestDay(long eventId) {
        return jdbc.queryForObject("SELECT MAX(scan_day) FROM presence WHERE event_id = ?", LocalDate.class, eventId);
    }

    /** Admission rows of a badge on a day: 0 or 1, or more only without the protection (the control test). */
    public int rowsOf(String badgeUid, LocalDate day) {
        String table = Objects.requireNonNullElse(controlTable, "presence");
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE badge_uid = ? AND scan_day = ?",
                Integer.class, badgeUid, day);
        return rows == null ? 0 : rows;
    }

    /**
     * For the race test's control only: single-entry admissions go to {@code table}, a copy of presence without
     * its primary key, by a plain read-then-insert, pausing between the two as a busy server would. The control
     * shows that the race test catches double admissions when the database does not prevent them. {@code null}
     * restores the protection.
     */
    public void switchOffProtectionForControl(@Nullable String table, Duration pause) {
        this.controlTable = table;
        this.controlPause = pause;
    }

    private Entry admitOnceWithoutProtection(String table, String badgeUid, LocalDate day, long eventId,
            @Nullable Long hallId, long gateId, Instant now) {
        List<Instant> earlier = jdbc.query("SELECT last_in_at FROM " + table + " WHERE badge_uid = ? AND scan_day = ?",
                (rs, row) -> SqlTime.instant(rs.getObject(1, LocalDateTime.class)), badgeUid, day);
        if (!earlier.isEmpty()) {
            return alreadyIn(table, badgeUid, day);
        }
        try {
            Thread.sleep(controlPause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        insert(table, badgeUid, day, eventId, hallId, gateId, now);
        return new Entry.Admitted();
    }

    private void insert(String table, String badgeUid, LocalDate day, long eventId, @Nullable Long hallId, long gateId,
            Instant now) {
        jdbc.update("INSERT INTO " + table + " (badge_uid, scan_day, event_id, inside, hall_id, last_in_at, last_in_gate_id, "
                + "updated_at) VALUES (?, ?, ?, TRUE, ?, ?, ?, ?)",
                badgeUid, day, eventId, hallId, SqlTime.of(now), gateId, SqlTime.of(now));
    }

    private Entry alreadyIn(String table, String badgeUid, LocalDate day) {
        return jdbc.query("SELECT last_in_at, last_in_gate_id FROM " + table + " WHERE badge_uid = ? AND scan_day = ? ORDER BY last_in_at",
                (rs, row) -> (Entry) new Entry.AlreadyIn(Objects.requireNonNull(SqlTime.instant(rs.getObject(1, LocalDateTime.class))),
                        rs.getLong(2)), badgeUid, day).getFirst();
    }
}
