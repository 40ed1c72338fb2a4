package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.exhibitor.ExhibitorFixtures.organiserOf;
import static org.expodesk.exhibitor.ExhibitorFixtures.registration;
import static org.expodesk.exhibitor.ExhibitorFixtures.signInAnonymously;
import static org.expodesk.exhibitor.ExhibitorFixtures.unique;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.expodesk.account.domain.UserAccount;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The public registration and the office's review, on the test database through the secured services. */
@SpringBootTest
@ActiveProfiles("test")
class RegistrationServiceTest {

    @Autowired RegistrationService registrations;
    @Autowired ExhibitorService exhibitors;
    @Autowired ExhibitorRepository repository;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired PasswordEncoder passwords;
    @Autowired TestData data;

    private EventSummary event;

    @BeforeEach
    void anOpenEvent() {
        event = ExhibitorFixtures.openEvent(events, transactions);
        signInAnonymously();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_company_registers_anonymously_and_gets_a_submitted_registration_and_its_own_exhibitor_account() {
        RegistrationDraft draft = registration("云溪晨光五金有限公司");

        ExhibitorSummary saved = registrations.register(event.id(), draft, unique("10.0.0"));

        assertThat(saved.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(saved.creditCode()).isEqualTo(draft.getCreditCode());
        UserAccount account = accountOf(saved);
        assertThat(account.username()).isEqualTo(draft.getMobile());
        assertThat(account.roles()).containsExactly(Role.EXHIBITOR);
        assertThat(account.eventIds()).containsExactly(event.id());
        assertThat(passwords.matches("Yunxi-Expo-2026!", account.passwordHash())).isTrue();

        TestData.signInAs(organiserOf(data, event));
        List<StatusChange> history = exhibitors.history(saved.id());
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(RegistrationStatus.SUBMITTED);
            assertThat(change.changedBy()).isEqualTo("云溪晨光五金有限公司");
        });
    }

    @Test
    void the_account_may_sign_in_with_the_email_instead() {
        RegistrationDraft draft = registration("云溪启航日用品有限公司");
        draft.setLoginBy(LoginChoice.EMAIL);
        draft.setEmail(unique("Info").toUpperCase(java.util.Locale.ROOT) + "@Example.cn");

        ExhibitorSummary saved = registrations.register(event.id(), draft, unique("10.0.1"));

        assertThat(accountOf(saved).username()).isEqualTo(draft.getEmail().strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void a_second_registration_of_the_same_credit_code_is_refused_and_leaves_no_account_behind() {
        RegistrationDraft first = registration("云溪晨光五金有限公司");
        registrations.register(event.id(), first, unique("10.0.2"));
        RegistrationDraft again = registration("云溪晨光五金有限公司（重复）");
        again.setCreditCode(first.getCreditCode().toLowerCase(java.util.Locale.ROOT));

        assertThatThrownBy(() -> registrations.register(event.id(), again, unique("10.0.3")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.already-registered"));
        assertThat(data.allAccounts()).extracting(UserAccount::username).doesNotContain(again.getMobile());
    }

    @Test
    void a_wrong_check_character_in_the_credit_code_is_a_field_error() {
        RegistrationDraft draft = registration("云溪错码贸易有限公司");
        String code = draft.getCreditCode();
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        draft.setCreditCode(code.substring(0, 17) + wrong);

        assertThatThrownBy(() -> registrations.register(event.id(), draft, unique("10.0.4")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .anySatisfy(v -> assertThat(v.getPropertyPath().toString()).endsWith("creditCode")));
    }

    @Test
    void a_famous_brand_without_evidence_is_a_field_error() {
        RegistrationDraft draft = registration("云溪无据品牌有限公司");
        draft.setFamousBrandEvidence(" ");

        assertThatThrownBy(() -> registrations.register(event.id(), draft, unique("10.0.5")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_weak_password_is_refused_with_the_account_rules() {
        RegistrationDraft draft = registration("云溪弱密码有限公司");
        draft.setPassword("short");

        assertThatThrownBy(() -> registrations.register(event.id(), draft, unique("10.0.6")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-too-short"));
        assertThat(repository.findAll()).noneMatch(e -> e.nameZh().equals("云溪弱密码有限公司"));
    }

    @Test
    void an_event_not_open_for_registration_refuses_registrations() {
        EventSummary planning = data.event("第五届云溪小商品博览会", "5th Yunxi Small Commodities Expo", 400);
        signInAnonymously();

        assertThat(registrations.openEvent(planning.id())).isEmpty();
        assertThatThrownBy(() -> registrations.register(planning.id(), registration("云溪早鸟有限公司"), unique("10.0.7")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.registration-closed"));
    }

    @Test
    void the_sixth_submission_from_one_address_within_ten_minutes_is_refused_and_another_address_still_registers() {
        String address = unique("203.0.113");
        for (int i = 0; i < 5; i++) {
            registrations.register(event.id(), registration("云溪连发" + i + "有限公司"), address);
        }

        assertThatThrownBy(() -> registrations.register(event.id(), registration("云溪第六家有限公司"), address))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exhibitor.error.too-many-registrations");
                    assertThat((Long) e.arguments()[0]).isBetween(1L, 11L);
                });
        assertThat(registrations.register(event.id(), registration("云溪第六家有限公司"), unique("198.51.100")).status())
                .isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void the_office_reviews_and_every_move_is_recorded_with_who_and_why() {
        ExhibitorSummary saved = registrations.register(event.id(), registration("云溪审核测试有限公司"), unique("10.0.8"));
        var organiser = organiserOf(data, event);
        TestData.signInAs(organiser);

        ExhibitorSummary waiting = exhibitors.waitlist(saved.id(), saved.version(), "展位已满，等待调剂");
        assertThatThrownBy(() -> exhibitors.reject(saved.id(), waiting.version(), " "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.reason-required"));
        assertThatThrownBy(() -> exhibitors.approve(saved.id(), saved.version()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
        ExhibitorSummary approved = exhibitors.approve(saved.id(), waiting.version());

        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(exhibitors.history(saved.id())).extracting(StatusChange::to)
                .containsExactly(RegistrationStatus.SUBMITTED, RegistrationStatus.WAITLISTED, RegistrationStatus.APPROVED);
        assertThat(exhibitors.history(saved.id()).get(1)).satisfies(c -> {
            assertThat(c.reason()).isEqualTo("展位已满，等待调剂");
            assertThat(c.changedBy()).isEqualTo(organiser.displayName());
            assertThat(c.from()).isEqualTo(RegistrationStatus.SUBMITTED);
        });
        assertThat(exhibitors.list(event.id(), new ExhibitorFilter(RegistrationStatus.APPROVED, null, true, true, "审核测试"),
                PageRequest.of(0, 10)).getContent()).extracting(ExhibitorSummary::id).containsExactly(saved.id());
        assertThat(exhibitors.count(event.id(), new ExhibitorFilter(RegistrationStatus.REJECTED, null, null, null, null))).isZero();
    }

    @Test
    void an_organiser_of_another_event_and_an_exhibitor_cannot_read_the_queue() {
        ExhibitorSummary saved = registrations.register(event.id(), registration("云溪越权测试有限公司"), unique("10.0.9"));
        EventSummary other = ExhibitorFixtures.openEvent(events, transactions);
        TestData.signInAs(organiserOf(data, other));

        assertThatThrownBy(() -> exhibitors.list(event.id(), ExhibitorFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(exhibitors.find(saved.id())).isEmpty();
        assertThatThrownBy(() -> exhibitors.approve(saved.id(), saved.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.importRegistration(event.id(), registration("云溪导入有限公司"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_office_registers_a_company_by_phone_for_its_own_event_only() {
        TestData.signInAs(organiserOf(data, event));
        ExhibitorSummary saved = registrations.register(event.id(), registration("云溪电话报名有限公司"), unique("10.0.10"));
        assertThat(accountOf(saved).roles()).containsExactly(Role.EXHIBITOR);
        assertThat(exhibitors.history(saved.id()).getFirst().changedBy()).startsWith("Test organiser");

        EventSummary other = ExhibitorFixtures.openEvent(events, transactions);
        RegistrationDraft elsewhere = registration("石门越权报名有限公司");
        assertThatThrownBy(() -> registrations.register(other.id(), elsewhere, unique("10.0.11"))).isInstanceOf(AccessDeniedException.class);
        assertThat(data.allAccounts()).extracting(UserAccount::username).doesNotContain(elsewhere.getMobile());
    }

    private UserAccount accountOf(ExhibitorSummary saved) {
        return data.allAccounts().stream().filter(a -> a.requireId() == saved.accountId()).findFirst().orElseThrow();
    }
}
