package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.time.Instant;
import org.expodesk.booth.BoothKind;
import org.jspecify.annotations.Nullable;

/** A booth a company holds or has: where it is, how large, and until when a hold lasts. */
public record AllocatedBooth(long boothId, String code, long hallId, BoothKind kind, BigDecimal area, AllocationState state,
        @Nullable Instant holdExpiresAt) {
}
