package org.expodesk.badge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.expodesk.badge.domain.BadgeSigningKey;
import org.expodesk.badge.domain.BadgeSigningKeyRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every event's public keys in memory, so that a scan verifies without a database round trip. Loaded
 * once at start; a new key is added when the transaction that stored it commits (a key that is rolled
 * back never verifies anything). Keys are never removed: a retired key still verifies printed badges.
 * Each application instance keeps its own copy; a second instance learns of new keys at its next start.
 */
@Component
class VerificationKeyCache implements BadgeCodes.KeyLookup, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(VerificationKeyCache.class);

    private final Map<Long, BadgeVerificationKey> keys = new ConcurrentHashMap<>();
    private final BadgeSigningKeyRepository repository;
    private final TransactionTemplate readOnly;

    VerificationKeyCache(BadgeSigningKeyRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public @Nullable BadgeVerificationKey find(long eventId, int keyId) {
        return keys.get(slot(eventId, keyId));
    }

    @Override
    public void afterSingletonsInstantiated() {
        readOnly.executeWithoutResult(tx -> repository.findAll().forEach(this::put));
        log.info("Badge verification: {} public keys in memory", keys.size());
    }

    /** Makes the key verify once the current transaction commits, or at once outside a transaction. */
    void addAfterCommit(long eventId, int keyId, byte[] publicKey) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            put(eventId, keyId, publicKey);
            return;
        }
        byte[] copy = publicKey.clone();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                put(eventId, keyId, copy);
            }
        });
    }

    /**
     * A key read from the database: verifies at once, or when the caller's transaction commits if there is
     * one (the row may be that transaction's own). A no-op when the key is already known.
     */
    void addRead(BadgeSigningKey key) {
        if (!keys.containsKey(slot(key.eventId(), key.keyId()))) {
            addAfterCommit(key.eventId(), key.keyId(), key.publicKey());
        }
    }

    private void put(BadgeSigningKey key) {
        put(key.eventId(), key.keyId(), key.publicKey());
    }

    private void put(long eventId, int keyId, byte[] publicKey) {
        BadgeVerificationKey key = BadgeVerificationKey.of(publicKey);
        if (key == null) {
            // A damaged row must not stop the gates of every other event; its own badges are refused.
            log.error("Badge signing key {} of event {} has an invalid public key and verifies nothing", keyId, eventId);
            return;
        }
        keys.put(slot(eventId, keyId), key);
    }

    /** Event ids fit 32 bits and key ids 8: one long names a key without allocating a pair. */
    private static long slot(long eventId, int keyId) {
        return eventId << 8 | keyId;
    }
}
