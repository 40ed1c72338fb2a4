package org.expodesk.badge;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An event's private signing key with its public half, held in memory only while codes are signed.
 * The public half is always derived from the seed, never taken on trust: signing with a mismatched
 * public key would leak the private key.
 */
public final class BadgeKeyPair implements AutoCloseable {

    private final int keyId;
    private final byte[] seed;
    private final byte[] publicKey;

    private BadgeKeyPair(int keyId, byte[] seed) {
        if (keyId < 1 || keyId > 0xFF) {
            throw new IllegalArgumentException("Key ids are 1 to 255: " + keyId);
        }
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 seed has " + Ed25519.SECRET_KEY_SIZE + " bytes");
        }
        this.keyId = keyId;
        this.seed = seed.clone();
        this.publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(this.seed, 0, this.publicKey, 0);
    }

    public static BadgeKeyPair generate(int keyId, SecureRandom random) {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        Ed25519.generatePrivateKey(random, seed);
        try {
            return new BadgeKeyPair(keyId, seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    public static BadgeKeyPair fromSeed(int keyId, byte[] seed) {
        return new BadgeKeyPair(keyId, seed);
    }

    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** A copy of the 32-byte private seed, for encryption before it is stored. */
    byte[] seed() {
        return seed.clone();
    }

    /** Signs {@code message[0, length)} into {@code signature[offset, offset + 64)}. */
    void sign(byte[] message, int length, byte[] signature, int offset) {
        Ed25519.sign(seed, 0, publicKey, 0, message, 0, length, signature, offset);
    }

    /** Overwrites the seed: the pair is useless afterwards. Best effort, as the JVM may have copied it. */
    @Override
    public void close() {
        Arrays.fill(seed, (byte) 0);
    }
}
