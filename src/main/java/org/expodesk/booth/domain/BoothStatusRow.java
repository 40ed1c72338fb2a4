package org.expodesk.booth.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.expodesk.booth.BoothStatus;
import org.jspecify.annotations.Nullable;

/** What the dashboard counts of a booth, read without loading whole booths. */
public record BoothStatusRow(long hallId, BoothStatus status, @Nullable Instant holdExpiresAt, boolean reserved, BigDecimal area) {
}
