package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.badge.BadgeVerification.Verified;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** Who may sign, rotate, publish and verify: checked on the services themselves, as every caller meets them. */
@SpringBootTest
@ActiveProfiles("test")
class BadgeSecurityTest {

    @Autowired
    BadgeKeyService keys;
    @Autowired
    BadgeCodeSigner signer;
    @Autowired
    BadgeCodeVerifier verifier;
    @Autowired
    TestData testData;

    private EventSummary event;
    private String code;

    @BeforeEach
    void signOneBadgeAsAdministrator() {
        TestData.signInAs(testData.admin());
        event = testData.event("安全活动", "Security event", 10);
        code = signer.encode(BadgeKeyServiceTest.claims(event));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_volunteer_verifies_codes_but_cannot_rotate_publish_or_sign() {
        TestData.signInAs(testData.account("gate-volunteer", EnumSet.of(Role.VOLUNTEER), event.id()));

        assertThat(verifier.verify(code)).isInstanceOf(Verified.class);
        assertThatThrownBy(() -> keys.rotate(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.publicKeys(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signer.encode(BadgeKeyServiceTest.claims(event))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exhibitors_reception_and_safety_staff_cannot_verify_codes() {
        for (Role role : List.of(Role.EXHIBITOR, Role.RECEPTION, Role.SAFETY)) {
            TestData.signInAs(testData.account("badge-" + role.name().toLowerCase(), EnumSet.of(role), event.id()));
            assertThatThrownBy(() -> verifier.verify(code)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anonymous_callers_can_do_nothing() {
        TestData.signOut();

        assertThatThrownBy(() -> verifier.verify(code))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> keys.publicKeys(event.id()))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void an_organiser_manages_the_keys_of_their_own_events_only() {
        EventSummary other = testData.event("别人的活动", "Someone else's event", 10);
        TestData.signInAs(testData.account("badge-organiser-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));

        assertThat(keys.rotate(event.id()).keyId()).isEqualTo(2);
        assertThat(signer.encode(BadgeKeyServiceTest.claims(event))).startsWith(BadgeCodes.PREFIX);
        assertThatThrownBy(() -> keys.rotate(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.publicKeys(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signer.encode(BadgeKeyServiceTest.claims(other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signer.encodeAll(other.id(), List.of(BadgeKeyServiceTest.claims(other))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_volunteer_of_another_event_is_told_the_code_s_event_so_the_gate_can_refuse_it_as_such() {
        EventSummary other = testData.event("别的活动", "Other event", 10);
        TestData.signInAs(testData.account("other-gate-" + other.id(), EnumSet.of(Role.VOLUNTEER), other.id()));

        assertThat(verifier.verify(code)).isInstanceOfSatisfying(Verified.class,
                verified -> assertThat(verified.claims().eventId()).isEqualTo(event.id()));
    }
}
