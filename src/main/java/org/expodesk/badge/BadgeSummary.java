package org.expodesk.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A badge as the office sees it in lists: who, which type, which days, and whether it still admits. */
public record BadgeSummary(long id, String badgeId, long eventId, long personId, String nameZh, @Nullable String nameEn,
        @Nullable String organisation, BadgeTypeSummary type, List<LocalDate> validDays, BadgeStatus status,
        Instant issuedAt, @Nullable Instant revokedAt, @Nullable String revokeReason, @Nullable Long replacedById) {

    /** The valid days as printed on the badge, e.g. "12.15–12.20". */
    public String validDaysText() {
        return BadgeTexts.validDays(validDays);
    }
}
