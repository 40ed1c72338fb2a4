package org.expodesk.badge;

/**
 * The answer to "is this a genuine badge code?": either the claims it carries, or why it is refused. A
 * verified code still has to pass the gate's own rules (right event, valid today, not revoked, not
 * already inside); those belong to the scanning feature, not to the signature.
 */
public sealed interface BadgeVerification {

    /** The signature holds: the claims are exactly what the server signed with the event's key {@code keyId}. */
    record Verified(BadgeClaims claims, int keyId) implements BadgeVerification {
    }

    record Refused(Reason reason) implements BadgeVerification {
    }

    enum Reason {
        /** Not one of our codes, or damaged: wrong prefix, characters outside base64url, wrong length. */
        MALFORMED,
        /** One of our codes, but of a format version this server does not know. */
        UNKNOWN_VERSION,
        /** No key of that id for that event: never issued, or the code was altered there. */
        UNKNOWN_KEY,
        /** The signature does not match the content: forged or altered. */
        FORGED,
        /** Far longer than any badge code; refused before any work is spent on it. */
        OVERSIZED
    }
}
