package org.expodesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/**
 * An administrator sets a new password for someone who forgot theirs. The user's open sessions end, so a
 * lost phone that was still signed in is locked out too.
 */
class ResetPasswordDialog extends Dialog {

    private final AccountService accounts;
    private final AccountSummary account;
    private final NewPasswordFields passwords =
            NewPasswordFields.create("account.field.new-password", "account.field.password-repeat", "reset-password");

    ResetPasswordDialog(AccountService accounts, AccountSummary account) {
        this.accounts = accounts;
        this.account = account;
        setHeaderTitle(getTranslation("account.reset.title"));
        setWidth("min(30rem, 100vw)");

        Paragraph text = new Paragraph(getTranslation("account.reset.text", account.displayName(), account.username()));
        FormLayout form = new FormLayout(passwords.password(), passwords.repeat());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(text, form);

        Button reset = new Button(getTranslation("account.action.reset-password"), e -> reset());
        reset.setId("reset-password-save");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, reset);
    }

    private void reset() {
        passwords.validValue().ifPresent(password -> {
            try {
                accounts.resetPassword(account.id(), password);
                Toast.success(getTranslation("account.reset.done", account.username()));
                close();
            } catch (BusinessRuleException e) {
                Toast.error(e);
            }
        });
    }
}
