package org.expodesk.account;

import org.expodesk.shared.security.AppUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account. Spring Security's concurrent-session filter then signs the
 * browser out on its next request, which for a Vaadin screen is the next click.
 */
@Component
class SessionTerminator {

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    int endSessionsOf(long accountId) {
        return endSessionsOf(accountId, null);
    }

    /** Ends the account's sessions except {@code keepSessionId} (the one the user is working in, if any). */
    int endSessionsOf(long accountId, @Nullable String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AppUser user && user.accountId() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
