package org.expodesk.badge;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.expodesk.badge.domain.BadgeSigningKey;
import org.expodesk.badge.domain.BadgeSigningKeyRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, rotates, stores and opens the events' signing keys. Unsecured and package-private: the
 * services of this module check who is calling before they come here.
 */
@Component
class SigningKeyStore implements SmartInitializingSingleton {

    /** Key ids travel as one byte in every code. */
    static final int MAX_KEY_ID = 0xFF;

    private final BadgeSigningKeyRepository keys;
    private final PrivateKeyEncryption encryption;
    private final VerificationKeyCache cache;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SigningKeyStore(BadgeSigningKeyRepository keys, PrivateKeyEncryption encryption, VerificationKeyCache cache,
            PlatformTransactionManager transactions, Clock clock) {
        this.keys = keys;
        this.encryption = encryption;
        this.cache = cache;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // Its own transaction, committed before the caller goes on: a caller's transaction that has already
        // read (a consistent snapshot in MySQL) would not see a key created inside it by another thread.
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A wrong master key stops the start, before any badge is printed or scanned, rather than failing at the
     * first print run of the fair: every active key must open.
     */
    @Override
    public void afterSingletonsInstantiated() {
        readOnly.executeWithoutResult(tx -> keys.findByStatus(BadgeKeyStatus.ACTIVE).forEach(key -> open(key).close()));
    }

    /** The event's active key pair, created first when the event has none yet (events older than badges). */
    BadgeKeyPair activeKeyPair(long eventId) {
        return open(ensureActiveKey(eventId));
    }

    BadgeSigningKey ensureActiveKey(long eventId) {
        Optional<BadgeSigningKey> active = readOnly.execute(tx -> keys.findByEventIdAndStatus(eventId, BadgeKeyStatus.ACTIVE));
        if (active != null && active.isPresent()) {
            // Perhaps committed by another thread whose after-commit step has not reached the cache yet: a code
            // signed with it must verify the moment it is returned.
            cache.addRead(active.get());
            return active.get();
        }
        try {
            BadgeSigningKey key = newTransaction.execute(tx -> keys.findByEventIdAndStatus(eventId, BadgeKeyStatus.ACTIVE)
                    .orElseGet(() -> insertNext(eventId)));
            cache.addRead(key);
            return key;
        } catch (DataIntegrityViolationException e) {
            // Another thread created the key at the same moment (the database allows one active key: take
            // theirs), or the event does not exist.
            BadgeSigningKey theirs = newTransaction.execute(tx -> keys.findByEventIdAndStatus(eventId, BadgeKeyStatus.ACTIVE))
                    .orElseThrow(() -> new NotFoundException("event", eventId));
            cache.addRead(theirs);
            return theirs;
        }
    }

    /** The first key of a new event, in the transaction that creates the event. */
    void createFirstKey(long eventId) {
        if (keys.findByEventIdAndStatus(eventId, BadgeKeyStatus.ACTIVE).isEmpty()) {
            insertNext(eventId);
        }
    }

    /** In the caller's transaction: the old key retires and a new one signs from now on. */
    BadgeSigningKey rotate(long eventId) {
        keys.findByEventIdAndStatus(eventId, BadgeKeyStatus.ACTIVE).ifPresent(key -> {
            key.retire(clock.instant());
            // Written before the new key: Hibernate would otherwise insert first and trip the one-active-key index.
            keys.saveAndFlush(key);
        });
        return insertNext(eventId);
    }

    List<BadgeSigningKey> keysOf(long eventId) {
        return readOnly.execute(tx -> keys.findByEventIdOrderByKeyId(eventId));
    }

    /** Key ids are never reused, so a code names exactly one key for ever, whatever was retired before. */
    private BadgeSigningKey insertNext(long eventId) {
        int keyId = keys.maxKeyId(eventId) + 1;
        if (keyId > MAX_KEY_ID) {
            throw new BusinessRuleException("badge.error.too-many-keys", MAX_KEY_ID);
        }
        try (BadgeKeyPair pair = BadgeKeyPair.generate(keyId, random)) {
            byte[] seed = pair.seed();
            byte[] sealed = encryption.seal(eventId, keyId, seed);
            Arrays.fill(seed, (byte) 0);
            BadgeSigningKey saved = keys.saveAndFlush(
                    BadgeSigningKey.active(eventId, keyId, pair.publicKey(), sealed, clock.instant()));
            cache.addAfterCommit(eventId, keyId, pair.publicKey());
            return saved;
        }
    }

    /** Decrypts the key and checks it against its public half, so a damaged or swapped row never signs. */
    private BadgeKeyPair open(BadgeSigningKey key) {
        byte[] seed = encryption.open(key.eventId(), key.keyId(), key.encryptedPrivateKey());
        try {
            BadgeKeyPair pair = BadgeKeyPair.fromSeed(key.keyId(), seed);
            if (!Arrays.equals(pair.publicKey(), key.publicKey())) {
                pair.close();
                throw new IllegalStateException("Badge signing key " + key.keyId() + " of event " + key.eventId()
                        + " does not match its public key");
            }
            return pair;
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }
}
