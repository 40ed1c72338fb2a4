package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expodesk.badge.BadgeVerification.Reason;
import org.expodesk.badge.BadgeVerification.Refused;
import org.expodesk.badge.BadgeVerification.Verified;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Keys are created, rotated and used through the secured services against the real (H2) database. */
@SpringBootTest
@ActiveProfiles("test")
class BadgeKeyServiceTest {

    @Autowired
    BadgeKeyService keys;
    @Autowired
    BadgeCodeSigner signer;
    @Autowired
    BadgeCodeVerifier verifier;
    @Autowired
    EventService events;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    private AppUser admin;
    private AppUser volunteer;

    @BeforeEach
    void signInAsAdministrator() {
        admin = testData.admin();
        volunteer = testData.account("badge-volunteer", EnumSet.of(Role.VOLUNTEER));
        TestData.signInAs(admin);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_event_created_through_the_service_has_its_first_key_at_once() {
        TestData.signInAs(testData.account("badge-organiser", EnumSet.of(Role.ORGANISER)));
        EventDraft draft = new EventDraft();
        draft.setNameZh("第五届小商品博览会");
        draft.setNameEn("5th Small-Commodity Expo");
        draft.setStartDate(LocalDate.of(2027, 10, 26));
        draft.setEndDate(LocalDate.of(2027, 10, 28));

        EventSummary event = events.create(draft);

        assertThat(storedKeys(event.id())).containsExactly("1 ACTIVE");
    }

    @Test
    void an_event_older_than_badges_gets_its_first_key_when_a_badge_is_first_signed() {
        EventSummary event = testData.event("旧活动", "Older event", 10);
        assertThat(storedKeys(event.id())).isEmpty();

        String code = signer.encode(claims(event));

        assertThat(storedKeys(event.id())).containsExactly("1 ACTIVE");
        assertThat(verifyAsVolunteer(code)).isEqualTo(new Verified(claims(event, code), 1));
    }

    @Test
    void first_use_from_many_threads_at_once_creates_one_key_that_all_of_them_sign_with() throws Exception {
        EventSummary event = testData.event("并发活动", "Concurrent event", 10);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> codes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                codes.add(pool.submit(() -> {
                    TestData.signInAs(admin);
                    start.await();
                    return signer.encode(claims(event));
                }));
            }
            start.countDown();
            for (Future<String> code : codes) {
                assertThat(verifyAsVolunteer(code.get())).isInstanceOfSatisfying(Verified.class,
                        verified -> assertThat(verified.keyId()).isEqualTo(1));
            }
        }
        assertThat(storedKeys(event.id())).containsExactly("1 ACTIVE");
    }

    @Test
    void after_rotation_old_codes_still_verify_and_new_codes_use_the_new_key() {
        EventSummary event = testData.event("轮换活动", "Rotation event", 10);
        String before = signer.encode(claims(event));

        BadgePublicKey rotated = keys.rotate(event.id());
        String after = signer.encode(claims(event));

        assertThat(rotated.keyId()).isEqualTo(2);
        assertThat(verifyAsVolunteer(before)).isInstanceOfSatisfying(Verified.class, v -> assertThat(v.keyId()).isEqualTo(1));
        assertThat(verifyAsVolunteer(after)).isInstanceOfSatisfying(Verified.class, v -> assertThat(v.keyId()).isEqualTo(2));
        assertThat(keys.publicKeys(event.id())).extracting(BadgePublicKey::keyId, BadgePublicKey::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, BadgeKeyStatus.RETIRED),
                        org.assertj.core.groups.Tuple.tuple(2, BadgeKeyStatus.ACTIVE));
    }

    @Test
    void published_public_keys_are_32_raw_bytes_in_base64url_and_never_the_private_key() {
        EventSummary event = testData.event("公钥活动", "Public key event", 10);

        List<BadgePublicKey> published = keys.publicKeys(event.id());

        assertThat(published).singleElement().satisfies(key -> {
            assertThat(key.algorithm()).isEqualTo("Ed25519");
            assertThat(Base64.getUrlDecoder().decode(key.publicKey())).hasSize(32)
                    .isEqualTo(jdbc.queryForObject("select public_key from badge_signing_key where event_id = ?",
                            byte[].class, event.id()));
            assertThat(key.retiredAt()).isNull();
        });
        assertThat(BadgePublicKey.class.getRecordComponents()).extracting(c -> c.getName())
                .noneMatch(name -> name.toLowerCase().contains("private") || name.toLowerCase().contains("seed"));
    }

    @Test
    void a_code_signed_for_one_event_and_relabelled_as_another_event_is_forged() {
        EventSummary a = testData.event("甲活动", "Event A", 10);
        EventSummary b = testData.event("乙活动", "Event B", 10);
        keys.publicKeys(b.id());
        byte[] bytes = BadgeCodesTest.bytesOf(signer.encode(claims(a)));
        bytes[14] = (byte) (b.id() >>> 24);
        bytes[15] = (byte) (b.id() >>> 16);
        bytes[16] = (byte) (b.id() >>> 8);
        bytes[17] = (byte) b.id();

        assertThat(verifyAsVolunteer(BadgeCodesTest.textOf(bytes))).isEqualTo(new Refused(Reason.FORGED));
    }

    @Test
    void verification_reads_the_keys_from_memory_not_from_the_database() {
        EventSummary event = testData.event("内存活动", "In-memory event", 10);
        String code = signer.encode(claims(event));

        jdbc.update("delete from badge_signing_key where event_id = ?", event.id());

        assertThat(verifyAsVolunteer(code)).isInstanceOf(Verified.class);
    }

    @Test
    void an_event_that_has_used_all_255_key_ids_refuses_another_rotation() {
        EventSummary event = testData.event("密钥用尽", "Keys used up", 10);
        keys.publicKeys(event.id());
        // Key ids 2 to 254 as retired copies of key 1: only the ids matter here, and 253 real rotations take seconds.
        for (int keyId = 2; keyId <= 254; keyId++) {
            jdbc.update("""
                    insert into badge_signing_key (version, event_id, key_id, public_key, encrypted_private_key, status,
                        created_at, retired_at)
                    select 0, event_id, ?, public_key, encrypted_private_key, 'RETIRED', created_at, created_at
                    from badge_signing_key where event_id = ? and key_id = 1""", keyId, event.id());
        }

        assertThat(keys.rotate(event.id()).keyId()).isEqualTo(255);
        assertThatThrownBy(() -> keys.rotate(event.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("badge.error.too-many-keys"));
        assertThat(verifyAsVolunteer(signer.encode(claims(event)))).isInstanceOfSatisfying(Verified.class,
                v -> assertThat(v.keyId()).isEqualTo(255));
    }

    private List<String> storedKeys(long eventId) {
        return jdbc.queryForList("select concat(key_id, ' ', status) from badge_signing_key where event_id = ? order by key_id",
                String.class, eventId);
    }

    private BadgeVerification verifyAsVolunteer(String code) {
        var caller = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        TestData.signInAs(volunteer);
        try {
            return verifier.verify(code);
        } finally {
            // Back to the caller in every security-context strategy that signInAs wrote to, not only the
            // holder's current one: with several Spring contexts in the JVM, method security may read another.
            if (caller != null && caller.getPrincipal() instanceof AppUser user) {
                TestData.signInAs(user);
            } else {
                TestData.signOut();
            }
        }
    }

    static BadgeClaims claims(EventSummary event) {
        return new BadgeClaims(BadgeId.random(), event.id(), 2,
                BadgeValidity.between(event.startDate(), event.startDate(), event.endDate()));
    }

    /** The claims of {@code code}, whose badge id was random. */
    private static BadgeClaims claims(EventSummary event, String code) {
        byte[] bytes = BadgeCodesTest.bytesOf(code);
        return new BadgeClaims(BadgeId.fromBytes(java.util.Arrays.copyOfRange(bytes, 2, 14)), event.id(), 2,
                BadgeValidity.between(event.startDate(), event.startDate(), event.endDate()));
    }
}
