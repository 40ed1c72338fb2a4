package org.expodesk.badge;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The random identity of one printed badge, 12 bytes (96 bits): enough that ids drawn independently never
 * collide, so no central counter is needed and the id says nothing about how many badges exist. Written
 * as 24 lower-case hex digits, which survive case-insensitive database collations unchanged (base64 would
 * not).
 */
public record BadgeId(String hex) {

    public static final int BYTES = 12;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{" + (BYTES * 2) + "}");
    private static final HexFormat FORMAT = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    public BadgeId {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("A badge id is " + (BYTES * 2) + " lower-case hex digits: " + hex);
        }
    }

    public static BadgeId random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return fromBytes(bytes);
    }

    public static BadgeId fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A badge id has " + BYTES + " bytes, not " + bytes.length);
        }
        return new BadgeId(FORMAT.formatHex(bytes));
    }

    public byte[] toBytes() {
        return FORMAT.parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
