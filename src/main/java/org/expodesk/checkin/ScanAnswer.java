package org.expodesk.checkin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a gate shows after a scan. {@code holder} only when the badge is genuine and not revoked;
 * {@code firstAdmittedAt} and {@code firstGateCode} for ALREADY_ADMITTED: when and where it went in.
 * {@code scannedAt} is the server's time of the scan that was logged (the first one, for a replay).
 */
public record ScanAnswer(ScanResult result, @Nullable ScanHolder holder, @Nullable Instant firstAdmittedAt,
        @Nullable String firstGateCode, Instant scannedAt) {
}
