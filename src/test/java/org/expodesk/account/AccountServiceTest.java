package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.expodesk.account.domain.UserAccount;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountService accounts;
    @Autowired
    EventService events;
    @Autowired
    TestData testData;
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TransactionTemplate transactions;

    private AppUser admin;
    /** Administrators this test disabled to make one the last; enabled again afterwards for the other tests of the context. */
    private final List<Long> disabledForTest = new ArrayList<>();

    @BeforeEach
    void signInAsAdministrator() {
        admin = testData.admin();
        TestData.signInAs(admin);
    }

    @AfterEach
    void signOutAndRestore() {
        transactions.executeWithoutResult(tx -> disabledForTest.forEach(id ->
                repository.findById(id).ifPresent(a -> a.setEnabled(true, java.time.Instant.now()))));
        TestData.signOut();
    }

    @Test
    void a_password_shorter_than_the_minimum_is_refused() {
        assertRefused(() -> accounts.create(draft(unique("short"), "Short-1", Role.VOLUNTEER)), "account.error.password-too-short");
    }

    @Test
    void a_known_default_password_is_refused() {
        assertRefused(() -> accounts.create(draft(unique("default"), "password123", Role.VOLUNTEER)),
                "account.error.password-known-default");
        assertRefused(() -> accounts.create(draft(unique("demo"), DemoPasswords.BY_ROLE.get(Role.ADMIN), Role.VOLUNTEER)),
                "account.error.password-known-default");
    }

    @Test
    void a_password_equal_to_the_username_is_refused() {
        String username = unique("gatekeeper");
        assertRefused(() -> accounts.create(draft(username, username.toUpperCase(java.util.Locale.ROOT), Role.VOLUNTEER)),
                "account.error.password-is-username");
    }

    @Test
    void a_username_already_taken_is_refused_whatever_its_case() {
        String username = unique("twice");
        accounts.create(draft(username, TestData.PASSWORD, Role.VOLUNTEER));
        assertRefused(() -> accounts.create(draft(username.toUpperCase(java.util.Locale.ROOT), TestData.PASSWORD, Role.VOLUNTEER)),
                "account.error.username-taken");
    }

    @Test
    void an_account_is_created_with_its_roles_events_and_person() {
        EventSummary expo = testData.event("测试博览会", "Test Expo", 30);
        AccountDraft draft = draft(unique("liaison"), TestData.PASSWORD, Role.RECEPTION);
        draft.setEventIds(Set.of(expo.id()));
        AccountSummary created = accounts.create(draft,
                PersonDraft.of("许丽", "Xu Li", null, null, "139" + String.format("%08d", SEQUENCE.incrementAndGet()), null));

        assertThat(created.roles()).containsExactly(Role.RECEPTION);
        assertThat(created.eventIds()).containsExactly(expo.id());
        assertThat(created.personId()).isNotNull();
        assertThat(accounts.list(created.username(), PageRequest.of(0, 10)).getContent())
                .extracting(AccountSummary::id).containsExactly(created.id());
    }

    @Test
    void an_organiser_cannot_list_create_or_disable_accounts() {
        AppUser target = testData.account(unique("target"), EnumSet.of(Role.VOLUNTEER));
        TestData.signInAs(testData.account(unique("organiser"), EnumSet.of(Role.ORGANISER)));
        assertDenied(target);
    }

    @Test
    void a_volunteer_cannot_list_create_or_disable_accounts() {
        AppUser target = testData.account(unique("target"), EnumSet.of(Role.VOLUNTEER));
        TestData.signInAs(testData.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER)));
        assertDenied(target);
    }

    @Test
    void an_anonymous_caller_cannot_list_create_or_disable_accounts() {
        AppUser target = testData.account(unique("target"), EnumSet.of(Role.VOLUNTEER));
        TestData.signOut();
        assertDenied(target);
    }

    @Test
    void an_administrator_cannot_disable_themself() {
        assertRefused(() -> accounts.setEnabled(admin.accountId(), false), "account.error.cannot-disable-self");
    }

    @Test
    void the_last_enabled_administrator_cannot_be_disabled() {
        makeTheOnlyEnabledAdministrator(admin);
        // A system job holds the ADMIN role without an account of its own, like the demo seeder does.
        TestData.signInAs(new AppUser(Long.MAX_VALUE, "system", "", "System", null, EnumSet.of(Role.ADMIN), true));

        assertRefused(() -> accounts.setEnabled(admin.accountId(), false), "account.error.last-admin");
    }

    @Test
    void the_last_enabled_administrator_cannot_lose_the_admin_role() {
        makeTheOnlyEnabledAdministrator(admin);
        AccountDraft withoutAdmin = accounts.draftOf(admin.accountId());
        withoutAdmin.setRoles(EnumSet.of(Role.ORGANISER));

        assertRefused(() -> accounts.update(admin.accountId(), withoutAdmin), "account.error.last-admin");
        assertThat(accounts.find(admin.accountId()).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void an_administrator_can_be_disabled_while_another_remains() {
        AppUser second = testData.account(unique("second-admin"), EnumSet.of(Role.ADMIN));
        assertThat(accounts.setEnabled(second.accountId(), false).enabled()).isFalse();
    }

    @Test
    void disabling_an_account_ends_its_open_sessions() {
        AppUser volunteer = testData.account(unique("phone"), EnumSet.of(Role.VOLUNTEER));
        String session = openSession(volunteer);

        accounts.setEnabled(volunteer.accountId(), false);

        assertThat(sessionRegistry.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void changing_my_own_password_signs_out_my_other_browsers_but_not_this_one() {
        AppUser volunteer = testData.account(unique("lostphone"), EnumSet.of(Role.VOLUNTEER));
        String here = openSession(volunteer);
        String lostPhone = openSession(volunteer);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setSession(new org.springframework.mock.web.MockHttpSession(null, here));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            TestData.signInAs(volunteer);
            accounts.changeMyPassword(TestData.PASSWORD, "Another-Password-2027");
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }

        assertThat(sessionRegistry.getSessionInformation(here).isExpired()).isFalse();
        assertThat(sessionRegistry.getSessionInformation(lostPhone).isExpired()).isTrue();
    }

    @Test
    void changing_the_roles_ends_the_open_sessions() {
        AppUser volunteer = testData.account(unique("promoted"), EnumSet.of(Role.VOLUNTEER));
        String session = openSession(volunteer);
        AccountDraft draft = accounts.draftOf(volunteer.accountId());
        draft.setRoles(EnumSet.of(Role.VOLUNTEER, Role.SAFETY));

        accounts.update(volunteer.accountId(), draft);

        assertThat(sessionRegistry.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void renaming_alone_keeps_the_open_sessions() {
        AppUser volunteer = testData.account(unique("renamed"), EnumSet.of(Role.VOLUNTEER));
        String session = openSession(volunteer);
        AccountDraft draft = accounts.draftOf(volunteer.accountId());
        draft.setDisplayName("志愿者 小林（东门）");

        accounts.update(volunteer.accountId(), draft);

        assertThat(sessionRegistry.getSessionInformation(session).isExpired()).isFalse();
        assertThat(accounts.find(volunteer.accountId()).orElseThrow().displayName()).isEqualTo("志愿者 小林（东门）");
    }

    @Test
    void changing_my_password_with_a_wrong_current_password_is_refused() {
        TestData.signInAs(testData.account(unique("forgetful"), EnumSet.of(Role.VOLUNTEER)));
        assertRefused(() -> accounts.changeMyPassword("Not-My-Password-1", "Brand-New-Secret-42"),
                "account.error.current-password-wrong");
    }

    @Test
    void changing_my_password_with_the_right_current_password_works_for_any_role() {
        AppUser exhibitor = testData.account(unique("exhibitor"), EnumSet.of(Role.EXHIBITOR));
        TestData.signInAs(exhibitor);

        accounts.changeMyPassword(TestData.PASSWORD, "Brand-New-Secret-42");

        assertThatThrownBy(() -> accounts.changeMyPassword(TestData.PASSWORD, "Another-Secret-43"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void an_event_created_by_an_organiser_is_assigned_to_them() {
        AppUser organiser = testData.account(unique("creator"), EnumSet.of(Role.ORGANISER));
        TestData.signInAs(organiser);

        EventSummary created = events.create(eventDraft("第五届云溪小商品博览会", "5th Yunxi Expo"));

        assertThat(events.selectable()).extracting(EventSummary::id).contains(created.id());
        assertThat(repository.findById(organiser.accountId()).orElseThrow().eventIds()).contains(created.id());
    }

    @Test
    void the_organiser_of_one_event_can_neither_read_nor_edit_another() {
        EventSummary mine = testData.event("甲展会", "Fair A", 20);
        EventSummary theirs = testData.event("乙展会", "Fair B", 40);
        TestData.signInAs(testData.account(unique("organiser-a"), EnumSet.of(Role.ORGANISER), mine.id()));

        assertThat(events.find(mine.id())).isPresent();
        assertThat(events.find(theirs.id())).isEmpty();
        assertThatThrownBy(() -> events.update(theirs.id(), eventDraft("改名", "Renamed")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_people_working_on_an_event_are_its_enabled_assigned_accounts() {
        EventSummary expo = testData.event("人员统计展", "Staffing Expo", 10);
        testData.account(unique("staff-1"), EnumSet.of(Role.VOLUNTEER), expo.id());
        AppUser leaving = testData.account(unique("staff-2"), EnumSet.of(Role.SAFETY), expo.id());
        accounts.setEnabled(leaving.accountId(), false);

        assertThat(accounts.countWorkingOn(expo.id())).isEqualTo(1);
    }

    private void assertDenied(AppUser target) {
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> accounts.list(null, PageRequest.of(0, 10)),
                () -> accounts.create(draft(unique("intruder"), TestData.PASSWORD, Role.ADMIN)),
                () -> accounts.setEnabled(target.accountId(), false))) {
            assertThatThrownBy(call).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(repository.findById(target.accountId()).orElseThrow().enabled()).isTrue();
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(messageKey);
    }

    /** The database is shared by the test classes of one Spring context: other tests may have left administrators. */
    private void makeTheOnlyEnabledAdministrator(AppUser keep) {
        transactions.executeWithoutResult(tx -> {
            for (UserAccount account : repository.findAll()) {
                if (account.enabled() && account.roles().contains(Role.ADMIN) && account.requireId() != keep.accountId()) {
                    account.setEnabled(false, java.time.Instant.now());
                    disabledForTest.add(account.requireId());
                }
            }
        });
        assertThat(repository.countEnabledWithRole(Role.ADMIN)).isEqualTo(1);
    }

    private String openSession(AppUser user) {
        String sessionId = "session-" + UUID.randomUUID();
        sessionRegistry.registerNewSession(sessionId, user);
        return sessionId;
    }

    private static String unique(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AccountDraft draft(String username, String password, Role role) {
        AccountDraft draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("测试 " + username);
        draft.setPassword(password);
        draft.setRoles(EnumSet.of(role));
        return draft;
    }

    private static EventDraft eventDraft(String zh, String en) {
        EventDraft draft = new EventDraft();
        draft.setNameZh(zh);
        draft.setNameEn(en);
        draft.setKind(EventKind.EXPO);
        draft.setStartDate(LocalDate.now().plusDays(60));
        draft.setEndDate(LocalDate.now().plusDays(62));
        return draft;
    }
}
