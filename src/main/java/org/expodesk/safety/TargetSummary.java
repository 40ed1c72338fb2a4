package org.expodesk.safety;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A target as screens and other features see it; {@code qrToken} is what its printed label encodes. */
public record TargetSummary(long id, long eventId, TargetKind kind, String name, @Nullable String description,
        @Nullable Long hallId, @Nullable Long boothId, @Nullable BigDecimal x, @Nullable BigDecimal y,
        @Nullable Responsible responsible, String qrToken, long version) {
}
