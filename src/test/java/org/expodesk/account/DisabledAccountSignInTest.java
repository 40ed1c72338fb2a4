package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** Whether an account exists and is disabled is told only to someone who knows its password. */
@SpringBootTest
@ActiveProfiles("test")
class DisabledAccountSignInTest {

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    AccountService accounts;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_wrong_password_on_a_disabled_account_is_just_a_wrong_password() {
        String username = "gone-" + UUID.randomUUID().toString().substring(0, 6);
        AppUser volunteer = testData.account(username, EnumSet.of(Role.VOLUNTEER));
        TestData.signInAs(testData.admin());
        accounts.setEnabled(volunteer.accountId(), false);
        TestData.signOut();

        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-guess-123")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, TestData.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }
}
