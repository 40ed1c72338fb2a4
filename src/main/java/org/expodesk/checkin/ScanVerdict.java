package org.expodesk.checkin;

import org.expodesk.badge.BadgeVerification;

/** The refusals a gate answers for codes that fail verification, before anything else is looked at. */
final class ScanVerdict {

    private ScanVerdict() {
    }

    /** Damaged or foreign text is MALFORMED; a code of ours that our keys do not vouch for is INVALID_SIGNATURE. */
    static ScanResult of(BadgeVerification.Reason reason) {
        return switch (reason) {
            case MALFORMED, OVERSIZED -> ScanResult.MALFORMED;
            case UNKNOWN_VERSION, UNKNOWN_KEY, FORGED -> ScanResult.INVALID_SIGNATURE;
        };
    }
}
