package org.expodesk.badge;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.jspecify.annotations.Nullable;

/**
 * An event's public key, decoded once into a curve point so that each verification skips the point
 * decompression. Immutable and safe to share between the threads of all gates.
 */
public final class BadgeVerificationKey {

    private final byte[] encoded;
    private final Ed25519.PublicPoint point;

    private BadgeVerificationKey(byte[] encoded, Ed25519.PublicPoint point) {
        this.encoded = encoded;
        this.point = point;
    }

    /** The key, or null when the 32 bytes are not a valid Ed25519 public key (a damaged row must not verify anything). */
    public static @Nullable BadgeVerificationKey of(byte[] publicKey) {
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
            return null;
        }
        byte[] copy = publicKey.clone();
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(copy, 0);
        return point == null ? null : new BadgeVerificationKey(copy, point);
    }

    boolean verify(byte[] signature, int signatureOffset, byte[] message, int messageOffset, int messageLength) {
        return Ed25519.verify(signature, signatureOffset, point, message, messageOffset, messageLength);
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BadgeVerificationKey key && Arrays.equals(encoded, key.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }
}
