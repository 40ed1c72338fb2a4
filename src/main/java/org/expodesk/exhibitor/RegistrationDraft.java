package org.expodesk.exhibitor;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The public registration form: the company, plus what its account signs in with and its password. */
public class RegistrationDraft extends ExhibitorDraft {

    @NotNull
    private LoginChoice loginBy = LoginChoice.MOBILE;

    private @Nullable String password;

    public LoginChoice getLoginBy() {
        return loginBy;
    }

    public void setLoginBy(LoginChoice loginBy) {
        this.loginBy = loginBy;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    /** Signing in with the email needs an email. */
    @AssertTrue(message = "{expodesk.validation.login-email}")
    public boolean isLoginUsable() {
        return loginBy != LoginChoice.EMAIL || (getEmail() != null && !getEmail().isBlank());
    }

    /** The account's username: the mobile as stored, or the email in lower case. */
    public String login() {
        String mobile = org.expodesk.shared.validation.PhoneValidator.normalise(getMobile());
        String email = getEmail();
        return loginBy == LoginChoice.EMAIL && email != null ? email.strip().toLowerCase(java.util.Locale.ROOT)
                : mobile == null ? "" : mobile;
    }
}
