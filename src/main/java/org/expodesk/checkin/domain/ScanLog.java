package org.expodesk.checkin.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expodesk.checkin.Direction;
import org.expodesk.checkin.ScanResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The log of every scan, refused ones too, in plain SQL: it is written on every scan and must stay cheap. The
 * nonce is unique, so a second row for a retried request cannot exist: {@link #insert} then fails with
 * {@link org.springframework.dao.DuplicateKeyException} and the caller answers from the first row.
 */
@Repository
public class ScanLog {

    private static final String COLUMNS = "nonce, event_id, gate_id, device_id, account_id, scanned_at, device_time, "
            + "badge_uid, direction, result, offline, conflict, first_admitted_at, first_gate_id";

    private final JdbcTemplate jdbc;

    ScanLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LoggedScan> find(UUID nonce) {
        List<LoggedScan> rows = jdbc.query("SELECT " + COLUMNS + " FROM scan WHERE nonce = ?", ScanLog::map, nonce.toString());
        return rows.stream().findFirst();
    }

    public void insert(LoggedScan scan) {
        jdbc.update("INSERT INTO scan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                scan.nonce().toString(), scan.eventId(), scan.gateId(), scan.deviceId(), scan.accountId(),
                SqlTime.of(scan.scannedAt()), SqlTime.of(scan.deviceTime()), scan.badgeUid(), scan.direction().name(),
                scan.result().name(), scan.offline(), scan.conflict(), SqlTime.of(scan.firstAdmittedAt()), scan.firstGateId());
    }

    public long countOfEvent(long eventId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM scan WHERE event_id = ?", Long.class, eventId);
        return count == null ? 0 : count;
    }

    private static LoggedScan map(ResultSet rs, int row) throws SQLException {
        return new LoggedScan(UUID.fromString(rs.getString("nonce")), rs.getLong("event_id"), rs.getLong("gate_id"),
                rs.getObject("device_id", Long.class), rs.getObject("account_id", Long.class),
                java.util.Objects.requireNonNull(SqlTime.instant(rs.getObject("scanned_at", LocalDateTime.class))),
                SqlTime.instant(rs.getObject("device_time", LocalDateTime.class)), rs.getString("badge_uid"),
                Direction.valueOf(rs.getString("direction")), ScanResult.valueOf(rs.getString("result")),
                rs.getBoolean("offline"), rs.getBoolean("conflict"),
                SqlTime.instant(rs.getObject("first_admitted_at", LocalDateTime.class)), rs.getObject("first_gate_id", Long.class));
    }
}
