package org.expodesk.guest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a guest's RSVP link: 32 bytes (256 bits) from SecureRandom, URL-safe Base64 (43 characters). Only
 * its SHA-256 is stored, so a copy of the database opens no RSVP page; a hash is unique in the table, so one token
 * can never answer for two guests.
 */
final class RsvpTokens {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RsvpTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Cheap shape check before touching the database: 43 URL-safe Base64 characters. */
    static boolean wellFormed(String token) {
        return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
