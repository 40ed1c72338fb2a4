package org.expodesk.badge;

import java.time.Instant;

/** A badge that no longer admits, for scanning devices that check offline. */
public record BadgeRevocation(String badgeId, Instant revokedAt) {
}
