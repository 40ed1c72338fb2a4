package org.expodesk.account.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends ScreenTest {


    @BeforeEach
    void anAdministratorExistsSoNoSetupIsNeeded() {
        testData.admin();
        TestData.signOut();
    }

    @Test
    void the_sign_in_page_speaks_both_languages() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(i18n(form)).contains("\"username\":\"用户名\"");
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("ExpoDesk 会展招商").doesNotContain("!");

        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(LoginView.class);
        form = find(LoginForm.class).single();
        assertThat(i18n(form)).contains("\"username\":\"Username\"").contains("\"submit\":\"Sign in\"");
    }

    @Test
    void a_wrong_password_shows_the_generic_error() {
        UI.getCurrent().setLocale(AppLocales.EN);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(java.util.Map.of("error", "")));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Wrong username or password\"");
    }

    @Test
    void a_disabled_account_is_told_why_it_cannot_sign_in() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("x"));
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(i18n(find(LoginForm.class).single())).contains("\"title\":\"账号已停用\"");
    }

    @Test
    void signing_out_and_an_ended_session_are_confirmed_on_the_page() {
        UI.getCurrent().setLocale(AppLocales.EN);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(java.util.Map.of("expired", "")));
        assertThat(find(Paragraph.class).id("login-notice").getText()).isEqualTo("Your session has ended. Please sign in again.");
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(java.util.Map.of("logout", "")));
        assertThat(find(Paragraph.class).id("login-notice").getText()).isEqualTo("You have signed out.");
    }

    /** The labels the login form shows, as Vaadin sends them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
