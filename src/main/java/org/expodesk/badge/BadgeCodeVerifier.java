package org.expodesk.badge;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks a scanned code at a gate: genuine and unaltered, or refused with a reason. Reads only the
 * in-memory public keys, never the database, and answers every input, however broken or hostile, with a
 * result instead of an exception. It does not decide admission: right event, valid today and not revoked
 * are the scanning rules' business, applied to the verified claims. No event-assignment check here either:
 * the claims name the event, and a code of another event must come back as such for the gate to say so.
 */
@Service
public class BadgeCodeVerifier {

    static final String SCANNING_ROLES = org.expodesk.shared.security.Roles.SCANNERS;

    private final VerificationKeyCache keys;

    BadgeCodeVerifier(VerificationKeyCache keys) {
        this.keys = keys;
    }

    @PreAuthorize(SCANNING_ROLES)
    public BadgeVerification verify(@Nullable String code) {
        return BadgeCodes.verify(code, keys);
    }
}
