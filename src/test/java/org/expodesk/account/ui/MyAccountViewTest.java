package org.expodesk.account.ui;

import org.expodesk.shell.ui.NotFoundView;
import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class MyAccountViewTest extends ScreenTest {

    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;

    private AppUser volunteer;

    @BeforeEach
    void signInAsVolunteerInEnglish() {
        volunteer = testData.account("volunteer-" + UUID.randomUUID().toString().substring(0, 8), EnumSet.of(Role.VOLUNTEER));
        TestData.signInAs(volunteer);
        UI.getCurrent().setLocale(AppLocales.EN);
    }


    @Test
    void a_volunteer_sees_who_they_are_signed_in_as() {
        navigate(MyAccountView.class);

        assertThat(find(Span.class).id("my-username").getText()).isEqualTo(volunteer.getUsername());
        assertThat(find(Span.class).withText("Volunteer").exists()).isTrue();
    }

    @Test
    void a_volunteer_changes_their_password() {
        navigate(MyAccountView.class);

        test(find(PasswordField.class).id("my-current-password")).setValue(TestData.PASSWORD);
        test(find(PasswordField.class).id("my-new-password")).setValue("Gate-East-Phone-2026");
        test(find(PasswordField.class).id("my-new-password-repeat")).setValue("Gate-East-Phone-2026");
        test(find(Button.class).id("my-change-password")).click();

        assertThat(passwordEncoder.matches("Gate-East-Phone-2026", storedHash())).isTrue();
        assertThat(find(PasswordField.class).id("my-current-password").getValue()).isEmpty();
    }

    @Test
    void a_wrong_current_password_is_refused_and_the_password_stays() {
        navigate(MyAccountView.class);

        test(find(PasswordField.class).id("my-current-password")).setValue("Not-My-Password-1");
        test(find(PasswordField.class).id("my-new-password")).setValue("Gate-East-Phone-2026");
        test(find(PasswordField.class).id("my-new-password-repeat")).setValue("Gate-East-Phone-2026");
        test(find(Button.class).id("my-change-password")).click();

        assertThat(find(PasswordField.class).id("my-current-password").isInvalid()).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void an_exhibitor_reaches_their_account_screen_too() {
        TestData.signInAs(testData.account("exhibitor-" + UUID.randomUUID().toString().substring(0, 8),
                EnumSet.of(Role.EXHIBITOR)));

        navigate(MyAccountView.class);

        assertThat(getCurrentView()).isInstanceOf(MyAccountView.class);
    }

    @Test
    void a_volunteer_navigating_to_the_accounts_screen_is_refused() {
        // Vaadin answers a forbidden route as if it did not exist, so nobody learns which screens there are.
        assertThatThrownBy(() -> navigate("accounts", AccountsView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotFoundView.class.getName());

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(AccountsView.class).exists()).isFalse();
    }

    @Test
    void the_navigation_offers_a_volunteer_their_account_but_not_the_accounts_screen() {
        navigate(MyAccountView.class);

        assertThat(find(SideNavItem.class).withText("My account").exists()).isTrue();
        assertThat(find(SideNavItem.class).withText("Accounts").exists()).isFalse();
    }

    private String storedHash() {
        return repository.findById(volunteer.accountId()).orElseThrow().passwordHash();
    }
}
