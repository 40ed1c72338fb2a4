package org.expodesk.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.expodesk.account.FirstAdministrator;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.ui.LanguageSwitch;
import org.expodesk.account.LoginThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in for everybody: office, exhibitors, reception, inspectors and volunteers on their phones. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final H1 brand = new H1();
    private final Paragraph tagline = new Paragraph();
    private final FirstAdministrator firstAdministrator;
    private @Nullable String noticeKey;
    private @Nullable Object lastFailure;

    public LoginView(LanguageSwitcher languages, FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
        addClassName("login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        brand.addClassNames("app-brand");
        brand.getStyle().set("margin", "0");
        tagline.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)").set("text-align", "center");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        notice.setVisible(false);
        notice.setId("login-notice");
        notice.getStyle().set("color", "var(--lumo-success-text-color)").set("margin", "0");

        Div card = new Div(brand, tagline, notice, login, new LanguageSwitch(languages));
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("background", "var(--lumo-base-color)")
                .set("padding", "var(--lumo-space-l)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-m)").set("max-width", "100%").set("box-sizing", "border-box");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (firstAdministrator.setupRequired()) {
            event.forwardTo(SetupView.class);
            return;
        }
        lastFailure = null;
        if (params.containsKey("error")) {
            lastFailure = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (lastFailure == null) {
                lastFailure = Boolean.TRUE;
            }
        }
        login.setError(lastFailure != null);
        noticeKey = params.containsKey("expired") ? "login.notice.expired"
                : params.containsKey("logout") ? "login.notice.logout" : null;
        showTexts();
    }

    /** Every text of the page, again whenever the language changes. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts();
    }

    private void showTexts() {
        brand.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("app.tagline"));
        LoginI18n i18n = i18n();
        if (lastFailure instanceof LoginThrottledException throttled) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled", throttled.retryAfterMinutes()));
        } else if (lastFailure instanceof DisabledException) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.disabled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.disabled"));
        }
        login.setI18n(i18n);
        notice.setVisible(noticeKey != null);
        notice.setText(noticeKey == null ? "" : getTranslation(noticeKey));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }
}
