package org.expodesk.account;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.expodesk.account.domain.UserAccount;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.event.EventCreated;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts: administrators create them, grant roles and events, reset passwords and disable them; every
 * user changes their own password and preferences. Any change to what a user may do ends their open
 * sessions, so it takes effect at once.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final PersonService persons;
    private final EventAccessPolicy eventAccess;
    private final Clock clock;
    private final boolean demo;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, SessionTerminator sessions,
            PersonService persons, EventAccessPolicy eventAccess, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${expodesk.demo.enabled:false}") boolean demo) {
        this.demo = demo;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.persons = persons;
        this.eventAccess = eventAccess;
        this.clock = clock;
    }

    /** Accounts whose username or display name contains the text; by username unless the caller sorts otherwise. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> list(@Nullable String text, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return accounts.search(likePattern(text), sorted).map(AccountService::toSummary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(@Nullable String text) {
        return accounts.countMatching(likePattern(text));
    }

    /** The account's editable fields, to fill the edit form; the password is never given out. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountDraft draftOf(long accountId) {
        UserAccount account = load(accountId);
        AccountDraft draft = new AccountDraft();
        draft.setUsername(account.username());
        draft.setDisplayName(account.displayName());
        draft.setRoles(account.roles());
        draft.setEventIds(account.eventIds());
        draft.setPersonId(account.personId());
        return draft;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AccountSummary> find(long accountId) {
        return accounts.findById(accountId).map(AccountService::toSummary);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(@Valid AccountDraft draft) {
        return create(draft, null);
    }

    /**
     * Creates the account and, when {@code person} is given, saves the person it belongs to in the same
     * transaction (one record per human: an existing person with the same mobile and name is reused), so a
     * refused account leaves no stray person behind.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(@Valid AccountDraft draft, @Valid @Nullable PersonDraft person) {
        return createAccount(draft, person);
    }

    /**
     * The EXHIBITOR account of a company that registers for an event: signs in with the company's mobile or
     * email, works on that one event only. Made by the company itself on the public registration page
     * (anonymous), or by the office registering or importing a company for an event it works on. The caller
     * (the exhibitor feature) saves its company in the same transaction, so a refused registration leaves no
     * account behind. Same password rules as every account.
     */
    @Transactional
    @PreAuthorize("isAnonymous() or hasAnyRole('ADMIN','ORGANISER')")
    public AccountSummary createExhibitorAccount(String login, String displayName, String password, long eventId) {
        if (CurrentUser.get().isPresent()) {
            eventAccess.requireAccess(eventId);
        }
        String username = UserAccount.normaliseUsername(login);
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessRuleException("account.error.username-format");
        }
        AccountDraft draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName(displayName.length() > 120 ? displayName.substring(0, 120) : displayName);
        draft.setPassword(password);
        draft.setRoles(java.util.EnumSet.of(Role.EXHIBITOR));
        draft.setEventIds(java.util.Set.of(eventId));
        return createAccount(draft, null);
    }

    /** The same rule as {@link AccountDraft#getUsername()}'s pattern, for logins that do not come through the form. */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._@+-]{3,80}");

    private AccountSummary createAccount(AccountDraft draft, @Nullable PersonDraft person) {
        String username = UserAccount.normaliseUsername(draft.getUsername());
        if (accounts.existsByUsername(username)) {
            throw new BusinessRuleException("account.error.username-taken", username);
        }
        PasswordPolicy.check(draft.getPassword(), username, demo);
        UserAccount account = new UserAccount(username, passwordEncoder.encode(Objects.requireNonNull(draft.getPassword())),
                draft.getDisplayName(), clock.instant());
        account.grant(draft.getRoles(), draft.getEventIds(), clock.instant());
        account.linkPerson(savePerson(draft.getPersonId(), person), clock.instant());
        return toSummary(accounts.saveAndFlush(account));
    }

    /** Changes name, roles, events and person. Roles or events changed: the user's open sessions end. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary update(long accountId, @Valid AccountDraft draft) {
        return update(accountId, draft, null);
    }

    /** As {@link #update(long, AccountDraft)}; {@code person}, when given, updates (or first creates) the person the account belongs to. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary update(long accountId, @Valid AccountDraft draft, @Valid @Nullable PersonDraft person) {
        UserAccount account = load(accountId);
        boolean grantsChanged = !account.roles().equals(draft.getRoles()) || !account.eventIds().equals(draft.getEventIds());
        if (account.roles().contains(Role.ADMIN) && !draft.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        account.rename(draft.getDisplayName(), clock.instant());
        account.linkPerson(savePerson(draft.getPersonId(), person), clock.instant());
        account.grant(draft.getRoles(), draft.getEventIds(), clock.instant());
        accounts.saveAndFlush(account);
        if (grantsChanged) {
            sessions.endSessionsOf(accountId);
        }
        return toSummary(account);
    }

    /** A disabled account cannot sign in, and its open sessions end at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        UserAccount account = load(accountId);
        if (!enabled) {
            if (accountId == CurrentUser.require().accountId()) {
                throw new BusinessRuleException("account.error.cannot-disable-self");
            }
            if (account.roles().contains(Role.ADMIN)) {
                requireAnotherAdministrator(account);
            }
        }
        account.setEnabled(enabled, clock.instant());
        accounts.saveAndFlush(account);
        if (!enabled) {
            sessions.endSessionsOf(accountId);
        }
        return toSummary(account);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long accountId, String newPassword) {
        UserAccount account = load(accountId);
        PasswordPolicy.check(newPassword, account.username());
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.saveAndFlush(account);
        sessions.endSessionsOf(accountId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount account = load(CurrentUser.require().accountId());
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new BusinessRuleException("account.error.current-password-wrong");
        }
        PasswordPolicy.check(newPassword, account.username());
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        // A password is changed because it may be known: every other browser signed in with it is signed out.
        sessions.endSessionsOf(account.requireId(), currentSessionId());
    }

    private static @Nullable String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }

    /** The signed-in user's own account, read fresh: a new display name shows without signing in again. */
    @PreAuthorize("isAuthenticated()")
    public AccountSummary myAccount() {
        return toSummary(load(CurrentUser.require().accountId()));
    }

    @PreAuthorize("isAuthenticated()")
    public MyPreferences myPreferences() {
        UserAccount account = load(CurrentUser.require().accountId());
        return new MyPreferences(account.locale(), account.currentEventId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberLanguage(Locale locale) {
        load(CurrentUser.require().accountId()).rememberLocale(locale.toLanguageTag());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberCurrentEvent(@Nullable Long eventId) {
        load(CurrentUser.require().accountId()).rememberCurrentEvent(eventId);
    }

    /** Enabled accounts per role among those working on the event, for its dashboard. */
    @PreAuthorize(Roles.OFFICE)
    public Map<Role, Long> countByRoleOn(long eventId) {
        eventAccess.requireAccess(eventId);
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, accounts.countEnabledWithRoleAssignedTo(role, eventId));
        }
        return counts;
    }

    /** Enabled accounts assigned to the event: the people working on it. Only for those who work on the event themselves. */
    @PreAuthorize(Roles.OFFICE)
    public long countWorkingOn(long eventId) {
        eventAccess.requireAccess(eventId);
        return accounts.countEnabledAssignedTo(eventId);
    }

    /** Whoever creates an event works on it: an organiser sees the new event in their lists at once. */
    @EventListener
    @Transactional
    void assignCreator(EventCreated created) {
        accounts.findById(created.createdByAccountId())
                .ifPresent(account -> account.assignEvent(created.eventId(), clock.instant()));
    }

    private void requireAnotherAdministrator(UserAccount account) {
        if (account.enabled() && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new BusinessRuleException("account.error.last-admin");
        }
    }

    private @Nullable Long savePerson(@Nullable Long linkedPersonId, @Nullable PersonDraft person) {
        if (person == null) {
            return linkedPersonId;
        }
        return persons.save(linkedPersonId, person).id();
    }

    private static @Nullable String likePattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private UserAccount load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    static AccountSummary toSummary(UserAccount a) {
        return new AccountSummary(a.requireId(), a.username(), a.displayName(), a.personId(), a.roles(), a.eventIds(),
                a.enabled(), a.lastLoginAt(), a.createdAt());
    }
}
