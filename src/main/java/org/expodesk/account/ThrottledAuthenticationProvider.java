package org.expodesk.account;

import java.time.Clock;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.shared.security.AppUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Password sign-in that refuses throttled accounts and addresses before it checks the password. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final UserAccountRepository accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle,
            UserAccountRepository accounts, TransactionTemplate transactions, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        var blocked = throttle.blockedFor(username, address);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.succeeded(username);
            if (result != null && result.getPrincipal() instanceof AppUser user) {
                transactions.executeWithoutResult(tx -> accounts.findById(user.accountId())
                        .ifPresent(account -> account.recordLogin(clock.instant())));
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
