package org.expodesk.badge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expodesk.badge.domain.BadgeRepository;
import org.expodesk.badge.domain.ScannedBadges;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gates read about badges after the signature holds: the badge behind a verified badge id (revoked
 * or not, its type's entry rule, the names to show), and the revocations a device checking offline needs.
 * Looked up by badge id, never by code text. For scanners of the badge's own event only.
 */
@Service
@Transactional(readOnly = true)
public class GateBadgeLookup {

    private final BadgeRepository badges;
    private final ScannedBadges scanned;
    private final EventAccessPolicy access;

    GateBadgeLookup(BadgeRepository badges, ScannedBadges scanned, EventAccessPolicy access) {
        this.badges = badges;
        this.scanned = scanned;
        this.access = access;
    }

    /** The badge of the event with this id; empty when the event holds no such badge. */
    @PreAuthorize(Roles.SCANNERS)
    public Optional<ScannedBadge> find(long eventId, BadgeId badgeId) {
        access.requireAccess(eventId);
        return scanned.find(eventId, badgeId.hex());
    }

    /** Badges of the event revoked at or after {@code since}, oldest first. */
    @PreAuthorize(Roles.SCANNERS)
    public List<BadgeRevocation> revokedSince(long eventId, Instant since) {
        access.requireAccess(eventId);
        return badges.findByEventIdAndStatusAndRevokedAtGreaterThanEqualOrderByRevokedAt(eventId, BadgeStatus.REVOKED, since)
                .stream().map(b -> new BadgeRevocation(b.badgeUid(), java.util.Objects.requireNonNull(b.revokedAt()))).toList();
    }
}
