package org.expodesk.booth;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A booth as screens and other features see it. Position (x from the hall's west wall, y from its north
 * wall) and size in metres; area in m²; price in yuan. The status is the effective one: an expired hold
 * reads as free.
 */
public record BoothSummary(long id, long eventId, long hallId, String code, BigDecimal x, BigDecimal y, BigDecimal width,
        BigDecimal depth, BigDecimal area, BoothKind kind, BigDecimal price, BoothStatus status,
        @Nullable Instant holdExpiresAt, @Nullable Long holderId, @Nullable Long reservedUnitId,
        @Nullable String reservedCategory, long version) {

    public BoothRef ref() {
        return new BoothRef(id, version);
    }
}
