package org.expodesk.badge.domain;

import java.util.List;
import java.util.Optional;
import org.expodesk.badge.BadgeStatus;
import org.expodesk.badge.ScannedBadge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The badge behind a scanned code with its type, in one plain SQL round trip: read on every scan (never cached,
 * so a revocation counts at the next scan), where an entity load of the badge and then of its type cost two
 * queries and Hibernate's work around them.
 */
@Repository
public class ScannedBadges {

    private final JdbcTemplate jdbc;

    ScannedBadges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScannedBadge> find(long eventId, String badgeUid) {
        List<ScannedBadge> rows = jdbc.query("SELECT b.badge_uid, b.event_id, b.status, b.type_id, t.re_entry, b.name_zh, "
                + "b.name_en, b.organisation, t.name_zh, t.name_en, t.colour FROM badge b JOIN badge_type t ON t.id = b.type_id "
                + "WHERE b.badge_uid = ? AND b.event_id = ?",
                (rs, row) -> new ScannedBadge(rs.getString(1), rs.getLong(2), BadgeStatus.valueOf(rs.getString(3)), rs.getLong(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11)),
                badgeUid, eventId);
        return rows.stream().findFirst();
    }
}
