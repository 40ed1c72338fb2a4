package org.expodesk.badge;

import java.util.ArrayList;
import java.util.List;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Turns badge claims into signed code text with the event's active key; used by the badge features that
 * issue, print and export badges, on behalf of office staff. The private key is decrypted for one call and
 * wiped afterwards; a batch shares one decryption.
 */
@Service
public class BadgeCodeSigner {

    private final SigningKeyStore store;
    private final EventAccessPolicy access;

    BadgeCodeSigner(SigningKeyStore store, EventAccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    @PreAuthorize(Roles.OFFICE)
    public String encode(BadgeClaims claims) {
        access.requireAccess(claims.eventId());
        try (BadgeKeyPair key = store.activeKeyPair(claims.eventId())) {
            return BadgeCodes.encode(claims, key);
        }
    }

    /** Codes for many badges of one event, in the order given: for print runs and exports. */
    @PreAuthorize(Roles.OFFICE)
    public List<String> encodeAll(long eventId, List<BadgeClaims> claims) {
        access.requireAccess(eventId);
        for (BadgeClaims claim : claims) {
            if (claim.eventId() != eventId) {
                throw new IllegalArgumentException("Badge " + claim.badgeId() + " belongs to event " + claim.eventId()
                        + ", not to event " + eventId);
            }
        }
        List<String> codes = new ArrayList<>(claims.size());
        try (BadgeKeyPair key = store.activeKeyPair(eventId)) {
            for (BadgeClaims claim : claims) {
                codes.add(BadgeCodes.encode(claim, key));
            }
        }
        return codes;
    }
}
