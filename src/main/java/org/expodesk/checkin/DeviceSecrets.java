package org.expodesk.checkin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secrets of scanning devices. Enrolment codes are 15 characters of Crockford's base32 (75 bits), typed
 * or scanned once within minutes; tokens are 256 random bits. Both are stored only as SHA-256 hashes: they are
 * random, so a plain hash cannot be reversed by guessing, and a stolen table opens no gate.
 */
final class DeviceSecrets {

    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceSecrets() {
    }

    /** E.g. {@code 7K2Q-M9XD-4TRB-HW3}: groups of four for reading aloud. */
    static String newEnrolmentCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return code.toString();
    }

    /** Case, dashes and spaces do not matter; O and I/L read as 0 and 1, as in Crockford's base32. */
    static String normaliseEnrolmentCode(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
