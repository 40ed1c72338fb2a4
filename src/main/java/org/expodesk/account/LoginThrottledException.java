package org.expodesk.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many failed attempts; says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry in " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Whole minutes to wait, at least one. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
