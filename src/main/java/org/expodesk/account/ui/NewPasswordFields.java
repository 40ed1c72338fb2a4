package org.expodesk.account.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import org.expodesk.account.PasswordPolicy;

/**
 * A new password typed twice. Length and typing mistakes are caught here, on the field, before anything
 * is sent; the service still checks every rule (known defaults, equal to the username) and has the last word.
 */
final class NewPasswordFields {

    private final PasswordField password;
    private final PasswordField repeat;

    NewPasswordFields(PasswordField password, PasswordField repeat) {
        this.password = password;
        this.repeat = repeat;
        password.setHelperText(password.getTranslation("account.password.hint", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        repeat.setRequiredIndicatorVisible(true);
        // Typing in a field clears its old complaint, so the user sees at once that the fix counts.
        password.addValueChangeListener(e -> password.setInvalid(false));
        repeat.addValueChangeListener(e -> repeat.setInvalid(false));
    }

    static NewPasswordFields create(String labelKey, String repeatLabelKey, String idPrefix) {
        PasswordField password = new PasswordField();
        password.setLabel(password.getTranslation(labelKey));
        password.setId(idPrefix);
        PasswordField repeat = new PasswordField();
        repeat.setLabel(repeat.getTranslation(repeatLabelKey));
        repeat.setId(idPrefix + "-repeat");
        return new NewPasswordFields(password, repeat);
    }

    PasswordField password() {
        return password;
    }

    PasswordField repeat() {
        return repeat;
    }

    /** The new password when both fields agree and it is long enough; otherwise marks what to fix. */
    Optional<String> validValue() {
        String value = password.getValue();
        if (value.length() < PasswordPolicy.MIN_LENGTH) {
            return refuse(password, password.getTranslation("account.error.password-too-short", PasswordPolicy.MIN_LENGTH));
        }
        if (value.length() > PasswordPolicy.MAX_LENGTH) {
            return refuse(password, password.getTranslation("account.error.password-too-long", PasswordPolicy.MAX_LENGTH));
        }
        if (!value.equals(repeat.getValue())) {
            return refuse(repeat, repeat.getTranslation("account.error.passwords-differ"));
        }
        return Optional.of(value);
    }

    private static Optional<String> refuse(PasswordField field, String reason) {
        field.setErrorMessage(reason);
        field.setInvalid(true);
        return Optional.empty();
    }

    void clear() {
        password.clear();
        repeat.clear();
        password.setInvalid(false);
        repeat.setInvalid(false);
    }
}
