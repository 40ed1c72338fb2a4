package org.expodesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expodesk.account.FirstAdministrator;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.ui.LanguageSwitch;
import org.expodesk.account.PasswordPolicy;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** One-time setup of a new deployment: creates the first administrator, then disappears for good. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdministrator firstAdministrator;

    public SetupView(FirstAdministrator firstAdministrator, LanguageSwitcher languages) {
        this.firstAdministrator = firstAdministrator;
        addClassName("login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        TextField username = new TextField(getTranslation("account.field.username"));
        username.setId("setup-username");
        TextField displayName = new TextField(getTranslation("account.field.display-name"));
        PasswordField password = new PasswordField(getTranslation("account.field.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("account.password.hint", PasswordPolicy.MIN_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("account.field.password-repeat"));
        Button create = new Button(getTranslation("setup.create"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.error.passwords-differ"));
                return;
            }
            try {
                firstAdministrator.createFromSetup(username.getValue(), displayName.getValue(), password.getValue());
                Toast.success(getTranslation("setup.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, password, repeat);
        form.setWidth("32rem");
        form.setMaxWidth("100%");
        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create,
                new LanguageSwitch(languages));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!firstAdministrator.setupRequired()) {
            event.forwardTo(LoginView.class);
        }
    }
}
