package org.expodesk.account;

import org.expodesk.account.domain.UserAccount;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.shared.security.AppUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Loads the signed-in principal from the account table. */
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(UserAccount.normaliseUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AppUser(account.requireId(), account.username(), account.passwordHash(), account.displayName(),
                account.personId(), account.roles(), account.enabled());
    }
}
