package org.expodesk.checkin;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A scan a device made while offline: judged by the server at {@code deviceTime} (never later than the upload).
 * {@code deviceResult} is what the device answered on its own, if it says; a scan it refused let nobody in and
 * is stored as it answered, changing no count.
 */
public record OfflineScan(@Nullable String code, UUID nonce, Direction direction, Instant deviceTime,
        @Nullable ScanResult deviceResult) {
}
