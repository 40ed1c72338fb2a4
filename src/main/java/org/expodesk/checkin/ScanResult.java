package org.expodesk.checkin;

/** The answer to one scan at a gate. Only ADMITTED and EXITED let the wearer through. */
public enum ScanResult {
    /** A valid badge going in. */
    ADMITTED,
    /** A valid badge scanned going out: re-entry types may come in again after it. */
    EXITED,
    /** Single-entry badge already admitted today, or a re-entry badge already inside. */
    ALREADY_ADMITTED,
    /** Revoked (reissued, lost, cancelled), or genuine but unknown to this server. */
    REVOKED,
    /** Forged or altered, signed with an unknown key, or of a format version this server does not know. */
    INVALID_SIGNATURE,
    /** Not a badge code at all, or damaged. */
    MALFORMED,
    /** A genuine badge of another event. */
    WRONG_EVENT,
    /** A genuine badge, not valid on this day. */
    NOT_VALID_NOW,
    /** A genuine badge whose type this gate does not admit, or a gate that is closed. */
    NOT_ALLOWED_HERE;

    /** True for the answers that let the wearer pass. */
    public boolean passes() {
        return this == ADMITTED || this == EXITED;
    }
}
