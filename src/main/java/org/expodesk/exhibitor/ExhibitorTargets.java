package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exhibitor goals of an event and where the event stands against them: the share of famous-brand
 * companies among the approved ones (the county asks for at least {@value #DEFAULT_FAMOUS_BRAND_GOAL} %, the
 * office may set another goal per event), local enterprises, registrations waiting for review, booths held and
 * the area sold. Counted by the database in a few grouped queries, so the dashboard stays cheap.
 */
@Service
@Transactional(readOnly = true)
public class ExhibitorTargets {

    public static final int DEFAULT_FAMOUS_BRAND_GOAL = 30;

    private final NamedParameterJdbcTemplate jdbc;
    private final EventAccessPolicy access;
    private final Clock clock;

    ExhibitorTargets(NamedParameterJdbcTemplate jdbc, EventAccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The event's goal for famous brands, in percent of approved exhibitors. */
    @PreAuthorize(Roles.OFFICE)
    public int famousBrandGoal(long eventId) {
        access.requireAccess(eventId);
        List<Integer> goal = jdbc.queryForList("SELECT famous_brand_share_percent FROM exhibitor_target WHERE event_id = :e",
                Map.of("e", eventId), Integer.class);
        return goal.isEmpty() ? DEFAULT_FAMOUS_BRAND_GOAL : goal.getFirst();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void setFamousBrandGoal(long eventId, int percent) {
        access.requireAccess(eventId);
        if (percent < 0 || percent > 100) {
            throw new BusinessRuleException("exhibitor.targets.error.percent");
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("e", eventId).addValue("p", percent)
                .addValue("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (jdbc.update("UPDATE exhibitor_target SET famous_brand_share_percent = :p, updated_at = :now WHERE event_id = :e", p) == 0) {
            jdbc.update("INSERT INTO exhibitor_target (event_id, famous_brand_share_percent, updated_at) VALUES (:e, :p, :now)", p);
        }
    }

    /** Where the event stands today. */
    @PreAuthorize(Roles.OFFICE)
    public TargetFigures figures(long eventId) {
        int goal = famousBrandGoal(eventId);
        long[] counts = new long[5];
        jdbc.query("""
                SELECT status, famous_brand, local_enterprise, COUNT(*) FROM exhibitor WHERE event_id = :e
                GROUP BY status, famous_brand, local_enterprise""", Map.of("e", eventId), rs -> {
            String status = rs.getString(1);
            long n = rs.getLong(4);
            if (RegistrationStatus.APPROVED.name().equals(status)) {
                counts[0] += n;
                counts[1] += rs.getBoolean(2) ? n : 0;
                counts[2] += rs.getBoolean(3) ? n : 0;
            } else if (RegistrationStatus.SUBMITTED.name().equals(status)) {
                counts[3] += n;
            } else if (RegistrationStatus.WAITLISTED.name().equals(status)) {
                counts[4] += n;
            }
        });
        BigDecimal areaSold = jdbc.queryForObject("SELECT COALESCE(SUM(area_m2), 0) FROM booth WHERE event_id = :e AND status = 'ASSIGNED'",
                Map.of("e", eventId), BigDecimal.class);
        return new TargetFigures(counts[0], counts[1], goal, counts[2], counts[3], counts[4],
                areaSold == null ? BigDecimal.ZERO : areaSold);
    }
}
