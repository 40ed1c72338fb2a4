package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expodesk.booth.BoothKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statements that give, confirm and take back booths, run inside the caller's transaction. The guarantee
 * of one company per booth is here and in the schema, not in memory: a booth is taken only by an UPDATE whose
 * WHERE clause requires it to be free and without holder, and only when that UPDATE changed one row; the
 * allocation row that follows has the booth as its primary key. Any number of application instances on one
 * database therefore agree. Every statement touches the booth row before the allocation row, so two
 * transactions on one booth queue on the same lock and never deadlock. The booth's version is raised, so an
 * office form opened before the change is refused instead of overwriting it.
 */
@Component
class BoothAllocator {

    private static final String FREED_STATUS =
            "CASE WHEN reserved_unit_id IS NOT NULL OR reserved_category IS NOT NULL THEN 'RESERVED' ELSE 'FREE' END";

    private final NamedParameterJdbcTemplate jdbc;

    BoothAllocator(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A booth's event and code, read to check a request before it is tried. */
    record BoothKey(long id, long eventId, String code) {
    }

    Optional<BoothKey> booth(long boothId) {
        return jdbc.query("SELECT id, event_id, code FROM booth WHERE id = :b", Map.of("b", boothId),
                (rs, i) -> new BoothKey(rs.getLong(1), rs.getLong(2), rs.getString(3))).stream().findFirst();
    }

    /**
     * Gives the booth to the company if nobody holds or has it and its status is one of {@code takeable}
     * (FREE for a company's own pick; FREE or RESERVED when the office assigns). A hold that expired is let go
     * first. Returns false when the booth was not available; true when this transaction took it.
     */
    boolean take(BoothKey booth, long exhibitorId, AllocationState state, @Nullable Instant holdExpiresAt, List<String> takeable,
            @Nullable Long byAccount, Instant now) {
        releaseExpired(booth.id(), now);
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("b", booth.id()).addValue("event", booth.eventId())
                .addValue("ex", exhibitorId).addValue("state", state.name()).addValue("exp", ts(holdExpiresAt))
                .addValue("takeable", takeable).addValue("now", ts(now)).addValue("by", byAccount);
        int changed = jdbc.update("""
                UPDATE booth SET status = :state, holder_id = :ex, hold_expires_at = :exp, version = version + 1, updated_at = :now
                WHERE id = :b AND event_id = :event AND holder_id IS NULL AND status IN (:takeable)""", p);
        if (changed != 1) {
            return false;
        }
        // The primary key on booth_id refuses a second row even if the booth row were ever written past the rule above.
        jdbc.update("""
                INSERT INTO booth_allocation (booth_id, exhibitor_id, event_id, state, hold_expires_at, allocated_by_account, allocated_at)
                VALUES (:b, :ex, :event, :state, :exp, :by, :now)""", p);
        return true;
    }

    /** Makes the company's unexpired hold an assignment; false when it has no such hold (expired, released, not its own). */
    boolean confirm(long boothId, long exhibitorId, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("b", boothId).addValue("ex", exhibitorId).addValue("now", ts(now));
        int changed = jdbc.update("""
                UPDATE booth SET status = 'ASSIGNED', hold_expires_at = NULL, version = version + 1, updated_at = :now
                WHERE id = :b AND holder_id = :ex AND status = 'HELD' AND hold_expires_at > :now""", p);
        if (changed != 1) {
            return false;
        }
        jdbc.update("UPDATE booth_allocation SET state = 'ASSIGNED', hold_expires_at = NULL WHERE booth_id = :b AND exhibitor_id = :ex", p);
        return true;
    }

    /**
     * Frees the booth. With {@code onlyHeldBy} only that company's hold is let go; without, whoever holds or
     * has it (the office). Returns whether a booth was freed.
     */
    boolean release(long boothId, @Nullable Long onlyHeldBy, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("b", boothId).addValue("ex", onlyHeldBy).addValue("now", ts(now));
        String condition = onlyHeldBy == null ? "holder_id IS NOT NULL AND status IN ('HELD', 'ASSIGNED')"
                : "holder_id = :ex AND status = 'HELD'";
        int changed = jdbc.update("UPDATE booth SET status = " + FREED_STATUS
                + ", holder_id = NULL, hold_expires_at = NULL, version = version + 1, updated_at = :now WHERE id = :b AND " + condition, p);
        jdbc.update("DELETE FROM booth_allocation WHERE booth_id = :b" + (changed == 1 ? "" : " AND 1 = 0"), p);
        return changed == 1;
    }

    /** Lets go of the booth's hold if it has expired, right before somebody asks for the booth. */
    void releaseExpired(long boothId, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("b", boothId).addValue("now", ts(now));
        int changed = jdbc.update("UPDATE booth SET status = " + FREED_STATUS
                + ", holder_id = NULL, hold_expires_at = NULL, version = version + 1, updated_at = :now"
                + " WHERE id = :b AND status = 'HELD' AND hold_expires_at <= :now", p);
        if (changed == 1) {
            jdbc.update("DELETE FROM booth_allocation WHERE booth_id = :b AND state = 'HELD'", p);
        }
    }

    /** The booths whose holds have expired, for the sweep; each is then released in a transaction of its own. */
    List<Long> expiredHolds(Instant now, int limit) {
        return jdbc.queryForList("SELECT id FROM booth WHERE status = 'HELD' AND hold_expires_at <= :now ORDER BY id LIMIT " + limit,
                Map.of("now", ts(now)), Long.class);
    }

    /** Locks the company's row until the transaction ends: its per-company limits (booths, staff) are then counted alone. */
    void lockExhibitor(long exhibitorId) {
        jdbc.queryForList("SELECT id FROM exhibitor WHERE id = :ex FOR UPDATE", Map.of("ex", exhibitorId), Long.class);
    }

    /** The booths the company holds (unexpired) or has, by code. */
    List<AllocatedBooth> booths(long exhibitorId, Instant now) {
        return jdbc.query("""
                SELECT b.id, b.code, b.hall_id, b.kind, b.area_m2, a.state, a.hold_expires_at
                FROM booth_allocation a JOIN booth b ON b.id = a.booth_id
                WHERE a.exhibitor_id = :ex AND (a.state = 'ASSIGNED' OR a.hold_expires_at > :now) ORDER BY b.code""",
                Map.of("ex", exhibitorId, "now", ts(now)),
                (rs, i) -> new AllocatedBooth(rs.getLong(1), rs.getString(2), rs.getLong(3), BoothKind.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5), AllocationState.valueOf(rs.getString(6)),
                        instant(rs, 7)));
    }

    long activeCount(long exhibitorId, Instant now) {
        return booths(exhibitorId, now).size();
    }

    /** Total area of the booths assigned to the company (holds do not count): what its staff quota follows. */
    BigDecimal assignedArea(long exhibitorId) {
        BigDecimal area = jdbc.queryForObject("""
                SELECT COALESCE(SUM(b.area_m2), 0) FROM booth_allocation a JOIN booth b ON b.id = a.booth_id
                WHERE a.exhibitor_id = :ex AND a.state = 'ASSIGNED'""", Map.of("ex", exhibitorId), BigDecimal.class);
        return area == null ? BigDecimal.ZERO : area;
    }

    /** Booth id → company names (zh, en) of the hall's booths held (unexpired) or assigned, for the plan's labels. */
    Map<Long, String[]> holderNames(long hallId, Instant now) {
        Map<Long, String[]> names = new HashMap<>();
        jdbc.query("""
                SELECT b.id, e.name_zh, e.name_en FROM booth b JOIN exhibitor e ON e.id = b.holder_id
                WHERE b.hall_id = :h AND (b.status = 'ASSIGNED' OR (b.status = 'HELD' AND b.hold_expires_at > :now))""",
                Map.of("h", hallId, "now", ts(now)),
                rs -> {
                    names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return names;
    }

    /**
     * Instants go to the database as UTC wall time, as Hibernate writes them here ({@code hibernate.jdbc.time_zone:
     * UTC}); a {@code java.sql.Timestamp} would be shifted by the JVM's own time zone on H2.
     */
    private static @Nullable LocalDateTime ts(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
