package org.expodesk.badge;

import java.util.Arrays;
import java.util.Base64;
import org.expodesk.badge.BadgeVerification.Reason;
import org.expodesk.badge.BadgeVerification.Refused;
import org.expodesk.badge.BadgeVerification.Verified;
import org.jspecify.annotations.Nullable;

/**
 * The badge code format, version 1 ({@code docs/badge-code.md}): {@code EXD1.} followed by the base64url
 * text (no padding) of a 23-byte payload and its 64-byte Ed25519 signature, 121 characters in all, which
 * fits a QR code of version 7 at error-correction level M.
 *
 * <pre>
 * offset size  field
 *  0      1    format version (1)
 *  1      1    key id, 1-255, of the event's signing key
 *  2     12    badge id (random)
 * 14      4    event id, unsigned big-endian
 * 18      1    badge type code, unsigned
 * 19      1    first valid day, signed offset from the event's first day
 * 20      3    valid-day mask, big-endian, bit 0 = the first valid day
 * 23     64    Ed25519 signature over bytes 0-22
 * </pre>
 *
 * Verification never throws, whatever it is given, and refuses garbage cheaply: the length is checked
 * before anything is read, the characters before anything is decoded, and the key before any arithmetic.
 */
public final class BadgeCodes {

    public static final int FORMAT_VERSION = 1;
    /** Tells our codes from any other QR code a gate may see, and says how to read the rest. */
    public static final String PREFIX = "EXD" + FORMAT_VERSION + ".";
    /** Longer texts are refused unread; generous, so later format versions still fit under it. */
    public static final int MAX_TEXT_LENGTH = 512;

    static final int PAYLOAD_LENGTH = 23;
    static final int SIGNATURE_LENGTH = 64;
    static final int CODE_LENGTH = PAYLOAD_LENGTH + SIGNATURE_LENGTH;
    /** 87 bytes are exactly 29 groups of 3: the base64url text has no padding and no spare bits, so it is canonical. */
    static final int BODY_LENGTH = CODE_LENGTH / 3 * 4;
    public static final int TEXT_LENGTH = PREFIX.length() + BODY_LENGTH;

    private static final String FAMILY = "EXD";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** One shared answer per reason: a flood of garbage allocates nothing for its refusals. */
    private static final Refused[] REFUSALS = Arrays.stream(Reason.values()).map(Refused::new).toArray(Refused[]::new);

    /** Where verification finds an event's public keys; the application's lookup is an in-memory map. */
    @FunctionalInterface
    public interface KeyLookup {
        @Nullable BadgeVerificationKey find(long eventId, int keyId);
    }

    private BadgeCodes() {
    }

    /** The code text for these claims, signed with the event's key. */
    public static String encode(BadgeClaims claims, BadgeKeyPair key) {
        byte[] code = new byte[CODE_LENGTH];
        code[0] = FORMAT_VERSION;
        code[1] = (byte) key.keyId();
        System.arraycopy(claims.badgeId().toBytes(), 0, code, 2, BadgeId.BYTES);
        writeInt(code, 14, (int) claims.eventId());
        code[18] = (byte) claims.typeCode();
        code[19] = (byte) claims.validity().firstDayOffset();
        int mask = claims.validity().dayMask();
        code[20] = (byte) (mask >>> 16);
        code[21] = (byte) (mask >>> 8);
        code[22] = (byte) mask;
        key.sign(code, PAYLOAD_LENGTH, code, PAYLOAD_LENGTH);
        return PREFIX + ENCODER.encodeToString(code);
    }

    /**
     * The claims of a genuine code, or the reason it is refused. Whitespace around the code (a scanner's
     * line ending) is ignored; anything else must be exact.
     */
    public static BadgeVerification verify(@Nullable String text, KeyLookup keys) {
        if (text == null) {
            return refused(Reason.MALFORMED);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return refused(Reason.OVERSIZED);
        }
        String code = text.strip();
        if (!code.startsWith(FAMILY)) {
            return refused(Reason.MALFORMED);
        }
        int dot = code.indexOf('.', FAMILY.length());
        if (dot < 0 || !isVersionNumber(code, FAMILY.length(), dot)) {
            return refused(Reason.MALFORMED);
        }
        if (dot - FAMILY.length() != 1 || code.charAt(FAMILY.length()) != '0' + FORMAT_VERSION) {
            return refused(Reason.UNKNOWN_VERSION);
        }
        if (code.length() != TEXT_LENGTH || !isBase64Url(code, dot + 1)) {
            return refused(Reason.MALFORMED);
        }
        byte[] bytes = DECODER.decode(code.substring(dot + 1));
        if (bytes.length != CODE_LENGTH) {
            return refused(Reason.MALFORMED);
        }
        // The signed version byte must agree with the unsigned text prefix: it fixes how the bytes are read.
        if (bytes[0] != FORMAT_VERSION) {
            return refused(Reason.UNKNOWN_VERSION);
        }
        int keyId = bytes[1] & 0xFF;
        long eventId = readInt(bytes, 14) & 0xFFFF_FFFFL;
        BadgeVerificationKey key = keyId == 0 || eventId == 0 ? null : keys.find(eventId, keyId);
        if (key == null) {
            return refused(Reason.UNKNOWN_KEY);
        }
        if (!key.verify(bytes, PAYLOAD_LENGTH, bytes, 0, PAYLOAD_LENGTH)) {
            return refused(Reason.FORGED);
        }
        return claimsOf(bytes, eventId, keyId);
    }

    /** Only reached for signed payloads, which the server never writes invalid; refused rather than thrown all the same. */
    private static BadgeVerification claimsOf(byte[] bytes, long eventId, int keyId) {
        byte[] badgeId = new byte[BadgeId.BYTES];
        System.arraycopy(bytes, 2, badgeId, 0, BadgeId.BYTES);
        int mask = (bytes[20] & 0xFF) << 16 | (bytes[21] & 0xFF) << 8 | bytes[22] & 0xFF;
        if ((mask & 1) == 0) {
            return refused(Reason.MALFORMED);
        }
        BadgeValidity validity = new BadgeValidity(bytes[19], mask);
        return new Verified(new BadgeClaims(BadgeId.fromBytes(badgeId), eventId, bytes[18] & 0xFF, validity), keyId);
    }

    private static boolean isVersionNumber(String code, int from, int to) {
        if (to == from || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64Url(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void writeInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }

    private static int readInt(byte[] source, int offset) {
        return (source[offset] & 0xFF) << 24 | (source[offset + 1] & 0xFF) << 16
                | (source[offset + 2] & 0xFF) << 8 | source[offset + 3] & 0xFF;
    }

    private static Refused refused(Reason reason) {
        return REFUSALS[reason.ordinal()];
    }
}
