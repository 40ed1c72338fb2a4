package org.expodesk.account;

import java.util.Set;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.EventScopedPrincipal;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the events assigned to the signed-in account from the database, so a new assignment counts at once.
 * A caller that is no account (a scanning device) works on the events its principal is bound to.
 */
@Component
class AccountEventAccessPolicy implements EventAccessPolicy {

    private final UserAccountRepository accounts;

    AccountEventAccessPolicy(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean seesAllEvents() {
        return CurrentUser.hasRole(Role.ADMIN);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> assignedEventIds() {
        if (CurrentUser.principal() instanceof EventScopedPrincipal scoped) {
            return scoped.eventIds();
        }
        return CurrentUser.get()
                .map(AppUser::accountId)
                .flatMap(accounts::findById)
                .map(account -> account.enabled() ? account.eventIds() : Set.<Long>of())
                .orElse(Set.of());
    }
}
