package org.expodesk.checkin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A scanning device as the office lists it. {@code status} is PENDING, ENROLLED or REVOKED. */
public record DeviceSummary(long id, long eventId, long gateId, String gateCode, String name, String status,
        Instant createdAt, @Nullable Instant enrolledAt, @Nullable Instant revokedAt, @Nullable Instant enrolmentExpiresAt) {
}
