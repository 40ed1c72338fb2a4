package org.expodesk.account;

import org.expodesk.event.CurrentEventMemory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Remembers the current event on the signed-in user's account, so it is the same on their next visit. */
@Component
class AccountCurrentEventMemory implements CurrentEventMemory {

    private final AccountService accounts;

    AccountCurrentEventMemory(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public @Nullable Long recall() {
        return accounts.myPreferences().currentEventId();
    }

    @Override
    public void remember(@Nullable Long eventId) {
        accounts.rememberCurrentEvent(eventId);
    }
}
