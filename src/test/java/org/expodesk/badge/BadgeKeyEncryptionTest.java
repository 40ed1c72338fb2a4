package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import org.expodesk.badge.domain.BadgeSigningKeyRepository;
import org.expodesk.event.EventSummary;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/** Private keys rest encrypted under the master key, and a wrong master key is noticed at once, loudly. */
@SpringBootTest
@ActiveProfiles("test")
class BadgeKeyEncryptionTest {

    private static final String OTHER_MASTER_KEY = Base64.getEncoder().encodeToString("another-master-key-32-bytes-long".getBytes());

    @Autowired
    BadgeKeyService keys;
    @Autowired
    PrivateKeyEncryption encryption;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SigningKeyStore store;
    @Autowired
    BadgeSigningKeyRepository repository;
    @Autowired
    VerificationKeyCache cache;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_private_key_column_holds_the_seed_only_encrypted() {
        long eventId = eventWithKey();
        byte[] stored = column("encrypted_private_key", eventId);
        byte[] publicKey = column("public_key", eventId);

        byte[] seed = encryption.open(eventId, 1, stored);

        assertThat(BadgeKeyPair.fromSeed(1, seed).publicKey()).as("the seed that was sealed").isEqualTo(publicKey);
        assertThat(stored).hasSize(1 + 12 + 32 + 16);
        assertThat(indexOf(stored, seed)).as("raw seed inside the column").isEqualTo(-1);
    }

    @Test
    void a_wrong_master_key_or_a_sealed_key_moved_to_another_row_fails_loudly() {
        long eventId = eventWithKey();
        byte[] stored = column("encrypted_private_key", eventId);
        PrivateKeyEncryption wrong = new PrivateKeyEncryption(Base64.getDecoder().decode(OTHER_MASTER_KEY));

        assertThatThrownBy(() -> wrong.open(eventId, 1, stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expodesk.badge.key-encryption-key").hasMessageContaining("EXPODESK_BADGE_KEY");
        assertThatThrownBy(() -> encryption.open(eventId, 2, stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.open(eventId + 1, 1, stored)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * The check runs as a {@link SmartInitializingSingleton}, inside the context's refresh, so its exception
     * aborts the start. Starting a whole second application here would take half a minute and reset the
     * JVM-wide security context strategy under the other tests, so the check is called as Spring calls it.
     */
    @Test
    void the_start_is_stopped_by_a_master_key_that_does_not_open_the_stored_keys() {
        eventWithKey();
        SigningKeyStore withWrongMasterKey = new SigningKeyStore(repository,
                new PrivateKeyEncryption(Base64.getDecoder().decode(OTHER_MASTER_KEY)), cache, transactions, Clock.systemUTC());

        assertThat(withWrongMasterKey).isInstanceOf(SmartInitializingSingleton.class);
        assertThatThrownBy(withWrongMasterKey::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the master key it was encrypted with");
        assertThatCode(store::afterSingletonsInstantiated).doesNotThrowAnyException();
    }

    @Test
    void a_master_key_that_is_not_32_bytes_of_base64_is_refused() {
        MockEnvironment environment = new MockEnvironment();
        assertThatThrownBy(() -> new PrivateKeyEncryption("c2hvcnQ=", environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PrivateKeyEncryption("not base64!", environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
    }

    @Test
    void the_public_development_key_is_refused_in_production() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mysql");

        assertThatThrownBy(() -> new PrivateKeyEncryption(PrivateKeyEncryption.DEVELOPMENT_KEY, production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXPODESK_BADGE_KEY");
        new PrivateKeyEncryption(OTHER_MASTER_KEY, production);
    }

    @Test
    void the_development_key_recognised_in_code_is_the_one_in_the_built_in_configuration() throws Exception {
        assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
                .contains("${EXPODESK_BADGE_KEY:" + PrivateKeyEncryption.DEVELOPMENT_KEY + "}");
        assertThat(new String(Base64.getDecoder().decode(PrivateKeyEncryption.DEVELOPMENT_KEY))).startsWith("dev-only");
    }

    private long eventWithKey() {
        TestData.signInAs(testData.admin());
        EventSummary event = testData.event("加密活动", "Encrypted event", 10);
        keys.publicKeys(event.id());
        return event.id();
    }

    private byte[] column(String column, long eventId) {
        return jdbc.queryForObject("select " + column + " from badge_signing_key where event_id = ? and key_id = 1",
                byte[].class, eventId);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
