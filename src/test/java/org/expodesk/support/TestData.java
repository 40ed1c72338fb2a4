package org.expodesk.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.expodesk.account.domain.UserAccount;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.Event;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds what tests need straight through the repositories (no security in the way), and signs a test in
 * as a given user. Service calls made after {@link #signInAs} are checked exactly as in production.
 */
@Component
public class TestData {

    public static final String PASSWORD = "Test-Password-2026";

    private final UserAccountRepository accounts;
    private final EventRepository events;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;

    TestData(UserAccountRepository accounts, EventRepository events, PasswordEncoder passwordEncoder,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        KNOWN_STRATEGIES.add(SecurityContextHolder.getContextHolderStrategy());
    }

    /** The strategy this context's method security reads, when it defines one as a bean. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void rememberStrategy(@org.jspecify.annotations.Nullable SecurityContextHolderStrategy strategy) {
        if (strategy != null) {
            KNOWN_STRATEGIES.add(strategy);
        }
    }

    /** An enabled account with the password {@link #PASSWORD}, the roles and the events given. */
    public AppUser account(String username, Set<Role> roles, Long... eventIds) {
        return transactions.execute(tx -> {
            UserAccount account = accounts.findByUsername(username).orElseGet(() ->
                    new UserAccount(username, passwordEncoder.encode(PASSWORD), "Test " + username, Instant.now()));
            account.grant(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), Set.of(eventIds), Instant.now());
            UserAccount saved = accounts.saveAndFlush(account);
            return new AppUser(saved.requireId(), saved.username(), saved.passwordHash(), saved.displayName(),
                    saved.personId(), saved.roles(), saved.enabled());
        });
    }

    public AppUser admin() {
        return account("test-admin", EnumSet.of(Role.ADMIN));
    }

    /** An event starting {@code daysAhead} days after today, lasting three days. */
    public EventSummary event(String nameZh, String nameEn, int daysAhead) {
        EventDraft draft = new EventDraft();
        draft.setNameZh(nameZh);
        draft.setNameEn(nameEn);
        draft.setKind(EventKind.EXPO);
        draft.setStartDate(LocalDate.now().plusDays(daysAhead));
        draft.setEndDate(LocalDate.now().plusDays(daysAhead + 2));
        return transactions.execute(tx -> events.saveAndFlush(Event.create(draft, Instant.now())).toSummary());
    }

    /**
     * Signs the current thread in. Each Spring test context that boots Vaadin installs its own
     * security-context strategy (static in SecurityContextHolder), and its method security keeps reading
     * that one. Tests of several contexts run in one JVM, so the sign-in goes to every known strategy.
     */
    public static void signInAs(AppUser user) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        for (SecurityContextHolderStrategy strategy : strategies()) {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(authentication);
            strategy.setContext(context);
        }
    }

    public static void signOut() {
        strategies().forEach(SecurityContextHolderStrategy::clearContext);
    }

    private static Set<SecurityContextHolderStrategy> strategies() {
        Set<SecurityContextHolderStrategy> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(KNOWN_STRATEGIES);
        all.add(SecurityContextHolder.getContextHolderStrategy());
        return all;
    }

    private static final Set<SecurityContextHolderStrategy> KNOWN_STRATEGIES =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    public List<UserAccount> allAccounts() {
        return accounts.findAll();
    }
}
