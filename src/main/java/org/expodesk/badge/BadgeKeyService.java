package org.expodesk.badge;

import java.util.Base64;
import java.util.List;
import org.expodesk.badge.domain.BadgeSigningKey;
import org.expodesk.event.EventCreated;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' signing keys: every event gets one when it is created, office staff rotate it (a suspected
 * leak, a new edition) and publish the public keys to scanning devices. Rotation never invalidates a
 * printed badge: the retired key keeps verifying what it signed. Private keys never leave this module.
 * <p>
 * Not {@code @Transactional} as a whole: creating a missing first key commits in its own transaction
 * (see {@link SigningKeyStore#ensureActiveKey}), which an enclosing one would hide from the read after it.
 */
@Service
public class BadgeKeyService {

    static final String ALGORITHM = "Ed25519";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeyStore store;
    private final EventAccessPolicy access;

    BadgeKeyService(SigningKeyStore store, EventAccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    /** The event's keys, active and retired, oldest first, for scanning devices that verify on their own. */
    @PreAuthorize(Roles.OFFICE)
    public List<BadgePublicKey> publicKeys(long eventId) {
        access.requireAccess(eventId);
        store.ensureActiveKey(eventId);
        return store.keysOf(eventId).stream().map(BadgeKeyService::toPublicKey).toList();
    }

    /** The same keys for those who scan (devices verifying offline, volunteers' phones), for their own event only. */
    @PreAuthorize(Roles.SCANNERS)
    public List<BadgePublicKey> verificationKeys(long eventId) {
        access.requireAccess(eventId);
        return store.keysOf(eventId).stream().map(BadgeKeyService::toPublicKey).toList();
    }

    /** A new active key signs from now on; the previous one retires and still verifies the badges it signed. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public BadgePublicKey rotate(long eventId) {
        access.requireAccess(eventId);
        try {
            return toPublicKey(store.rotate(eventId));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw new BusinessRuleException("badge.error.rotated-meanwhile");
        }
    }

    /** Every event can sign badges from its first minute, so no print run waits for a key. */
    @EventListener
    @Transactional
    void createFirstKey(EventCreated created) {
        store.createFirstKey(created.eventId());
    }

    private static BadgePublicKey toPublicKey(BadgeSigningKey key) {
        return new BadgePublicKey(key.eventId(), key.keyId(), ALGORITHM, BASE64URL.encodeToString(key.publicKey()),
                key.status(), key.createdAt(), key.retiredAt());
    }
}
