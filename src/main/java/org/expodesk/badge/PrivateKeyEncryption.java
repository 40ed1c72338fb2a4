package org.expodesk.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Seals the private signing keys with AES-256-GCM under the master key {@value #PROPERTY}, so that a
 * stolen database or backup cannot sign badges. The event and key id are bound in as associated data: a
 * sealed key copied onto another row does not open. Layout: scheme byte (1) | nonce (12) | ciphertext and
 * tag (48). A wrong master key fails loudly, never silently signs with garbage.
 */
@Component
class PrivateKeyEncryption {

    static final String PROPERTY = "expodesk.badge.key-encryption-key";
    /**
     * The development key of {@code application.yml}. It is public, so it protects nothing: the
     * {@code mysql} profile refuses it, and everywhere else it is announced in the log.
     */
    static final String DEVELOPMENT_KEY = "ZGV2LW9ubHktZXhwb2Rlc2stYmFkZ2Uta2V5LTIwMjY=";

    private static final Logger log = LoggerFactory.getLogger(PrivateKeyEncryption.class);
    private static final byte SCHEME_AES_256_GCM = 1;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec masterKey;

    @Autowired
    PrivateKeyEncryption(@Value("${" + PROPERTY + "}") String base64, Environment environment) {
        this(decode(base64));
        if (DEVELOPMENT_KEY.equals(base64.strip())) {
            if (environment.acceptsProfiles(Profiles.of("mysql"))) {
                throw new IllegalStateException("Refusing to start: " + PROPERTY + " is the public development key. "
                        + "Set EXPODESK_BADGE_KEY to a key of your own (openssl rand -base64 32) and keep it safe.");
            }
            log.warn("Badge signing keys are encrypted with the public development key: fine for the demo, "
                    + "never for a real fair. Set EXPODESK_BADGE_KEY (openssl rand -base64 32).");
        }
    }

    PrivateKeyEncryption(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalStateException(PROPERTY + " must be 32 bytes in base64 (openssl rand -base64 32), not "
                    + masterKey.length + " bytes");
        }
        this.masterKey = new SecretKeySpec(masterKey, "AES");
    }

    byte[] seal(long eventId, int keyId, byte[] seed) {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, eventId, keyId);
            byte[] sealed = new byte[1 + NONCE_LENGTH + cipher.getOutputSize(seed.length)];
            sealed[0] = SCHEME_AES_256_GCM;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_LENGTH);
            cipher.doFinal(seed, 0, seed.length, sealed, 1 + NONCE_LENGTH);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a badge signing key", e);
        }
    }

    byte[] open(long eventId, int keyId, byte[] sealed) {
        if (sealed.length <= 1 + NONCE_LENGTH || sealed[0] != SCHEME_AES_256_GCM) {
            throw new IllegalStateException("Badge signing key " + keyId + " of event " + eventId
                    + " is stored in an unknown format");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(sealed, 1, 1 + NONCE_LENGTH), eventId, keyId);
            return cipher.doFinal(sealed, 1 + NONCE_LENGTH, sealed.length - 1 - NONCE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt badge signing key " + keyId + " of event " + eventId
                    + ": " + PROPERTY + " (EXPODESK_BADGE_KEY) is not the master key it was encrypted with", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long eventId, int keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("expodesk badge signing key|event " + eventId + "|key " + keyId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not valid base64: create one with openssl rand -base64 32", e);
        }
    }
}
