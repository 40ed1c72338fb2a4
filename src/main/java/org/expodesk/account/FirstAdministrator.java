package org.expodesk.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.expodesk.account.domain.UserAccount;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a real deployment gets its first administrator: from {@code EXPODESK_ADMIN_USERNAME} and
 * {@code EXPODESK_ADMIN_PASSWORD}, or once through the setup screen while no administrator exists.
 * Without the demo, the application refuses to start while a demo password or a known default is in use.
 */
@Service
@Order(0)
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final boolean demo;
    private final @Nullable String adminUsername;
    private final @Nullable String adminPassword;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${expodesk.demo.enabled:false}") boolean demo,
            @Value("${expodesk.admin.username:}") @Nullable String adminUsername,
            @Value("${expodesk.admin.password:}") @Nullable String adminPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        refuseDemoPasswords();
        boolean givenByEnvironment = adminUsername != null && !adminUsername.isBlank();
        if (givenByEnvironment) {
            if (adminPassword == null || adminPassword.isBlank()) {
                throw new IllegalStateException("EXPODESK_ADMIN_USERNAME is set but EXPODESK_ADMIN_PASSWORD is empty.");
            }
            if (PasswordPolicy.isKnownDefault(adminPassword) || adminPassword.length() < PasswordPolicy.MIN_LENGTH) {
                throw new IllegalStateException("Refusing to start: EXPODESK_ADMIN_PASSWORD is a known default or shorter than "
                        + PasswordPolicy.MIN_LENGTH + " characters. Choose a strong password.");
            }
            if (accounts.countWithRole(Role.ADMIN) == 0) {
                create(adminUsername, "Administrator", adminPassword);
                log.info("Created the first administrator '{}' from EXPODESK_ADMIN_USERNAME.", adminUsername);
            }
        } else if (accounts.countWithRole(Role.ADMIN) == 0) {
            log.warn("No administrator exists yet. Open /setup in a browser to create the first one, "
                    + "or set EXPODESK_ADMIN_USERNAME and EXPODESK_ADMIN_PASSWORD and restart.");
        }
    }

    /** True while no administrator exists: only then does the setup screen work. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean setupRequired() {
        return !demo && accounts.countWithRole(Role.ADMIN) == 0;
    }

    /** Creates the first administrator once; refused as soon as one exists. */
    @PreAuthorize("permitAll()")
    @Transactional
    public synchronized void createFromSetup(String username, String displayName, String password) {
        if (!setupRequired()) {
            throw new BusinessRuleException("setup.error.done");
        }
        String normalised = UserAccount.normaliseUsername(username);
        if (!normalised.matches("[a-z0-9._@+-]{3,80}")) {
            throw new BusinessRuleException("account.error.username-format");
        }
        PasswordPolicy.check(password, normalised);
        create(normalised, displayName.isBlank() ? "Administrator" : displayName, password);
    }

    private void create(String username, String displayName, String password) {
        UserAccount admin = new UserAccount(username, passwordEncoder.encode(password), displayName, clock.instant());
        admin.grant(EnumSet.of(Role.ADMIN), Set.of(), clock.instant());
        accounts.saveAndFlush(admin);
    }

    private void refuseDemoPasswords() {
        for (Role role : Role.values()) {
            accounts.findByUsername(DemoPasswords.username(role)).ifPresent(account -> {
                if (account.enabled() && passwordEncoder.matches(DemoPasswords.BY_ROLE.get(role), account.passwordHash())) {
                    throw new IllegalStateException("Refusing to start: account '" + account.username()
                            + "' still has its published demo password. Change it on the embedded database, or disable it.");
                }
            });
        }
    }
}
