package org.expodesk.account;

import java.util.Locale;
import java.util.Set;
import org.expodesk.shared.domain.BusinessRuleException;
import org.jspecify.annotations.Nullable;

/** The rules a new password must meet; each refusal says what to fix. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Defaults that appear in manuals and scripts; a real deployment must never run with one of them. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of("admin", "administrator", "password", "password123",
            "12345678", "123456789", "1234567890", "changeme", "change-me", "expodesk", "admin123456", "qwertyuiop",
            "admin@123", "p@ssw0rd", "letmein123");

    private PasswordPolicy() {
    }

    public static void check(@Nullable String password, String username) {
        check(password, username, false);
    }

    /** {@code demo}: the embedded demo may use its own published passwords, nothing else may. */
    public static void check(@Nullable String password, String username, boolean demo) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleException("account.error.password-too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessRuleException("account.error.password-too-long", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessRuleException("account.error.password-is-username");
        }
        if (isKnownDefault(password) && !(demo && DemoPasswords.isDemoPassword(password))) {
            throw new BusinessRuleException("account.error.password-known-default");
        }
    }

    public static boolean isKnownDefault(String password) {
        return KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT)) || DemoPasswords.isDemoPassword(password);
    }
}
