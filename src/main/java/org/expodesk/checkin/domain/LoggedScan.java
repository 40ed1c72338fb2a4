package org.expodesk.checkin.domain;

import java.time.Instant;
import java.util.UUID;
import org.expodesk.checkin.Direction;
import org.expodesk.checkin.ScanResult;
import org.jspecify.annotations.Nullable;

/** One row of the scan log: who scanned what at which gate, when, and what the server answered. */
public record LoggedScan(UUID nonce, long eventId, long gateId, @Nullable Long deviceId, @Nullable Long accountId,
        Instant scannedAt, @Nullable Instant deviceTime, @Nullable String badgeUid, Direction direction, ScanResult result,
        boolean offline, boolean conflict, @Nullable Instant firstAdmittedAt, @Nullable Long firstGateId) {
}
