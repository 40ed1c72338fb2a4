package org.expodesk.badge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A public key of an event, as published to scanning devices. {@code publicKey} is the raw 32-byte
 * Ed25519 key in base64url without padding, which is exactly the {@code x} member of an OKP JSON Web Key:
 * a phone imports it with WebCrypto as {@code {"kty":"OKP","crv":"Ed25519","x":publicKey}}.
 */
public record BadgePublicKey(long eventId, int keyId, String algorithm, String publicKey, BadgeKeyStatus status,
        Instant createdAt, @Nullable Instant retiredAt) {
}
