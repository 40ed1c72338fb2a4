package org.expodesk.account.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import org.expodesk.account.AccountDraft;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AccountsViewTest extends ScreenTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PersonService persons;

    @BeforeEach
    void signInAsAdministratorInEnglish() {
        TestData.signInAs(testData.admin());
        UI.getCurrent().setLocale(AppLocales.EN);
    }


    @Test
    void an_administrator_finds_an_account_by_searching_its_name() {
        String username = unique("gate-east");
        testData.account(username, EnumSet.of(Role.VOLUNTEER));
        navigate(AccountsView.class);

        test(find(TextField.class).id("account-search")).setValue(username);

        var grid = test(find(Grid.class).id("account-grid"), AccountSummary.class);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).username()).isEqualTo(username);
        assertThat(grid.getCellText(0, 0)).isEqualTo(username);
    }

    @Test
    void an_administrator_creates_an_account_with_roles_and_events() {
        EventSummary expo = testData.event("测试小商品博览会", "Test Commodities Expo " + UUID.randomUUID(), 30);
        String username = unique("reception");
        navigate(AccountsView.class);

        test(find(Button.class).id("account-new")).click();
        test(find(TextField.class).id("account-username")).setValue(username);
        test(find(TextField.class).id("account-display-name")).setValue("接待组 许丽");
        test(find(PasswordField.class).id("account-password")).setValue("Reception-Desk-2026");
        test(find(PasswordField.class).id("account-password-repeat")).setValue("Reception-Desk-2026");
        test(find(CheckboxGroup.class).id("account-roles"), Role.class).selectItems("Reception", "Safety inspector");
        test(find(MultiSelectComboBox.class).id("account-events"), EventSummary.class).selectItem(expo.nameEn());
        test(find(Button.class).id("account-save")).click();

        AccountSummary created = accounts.list(username, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.RECEPTION, Role.SAFETY);
        assertThat(created.eventIds()).containsExactly(expo.id());
        assertThat(created.displayName()).isEqualTo("接待组 许丽");
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void the_form_refuses_a_short_password_and_saves_nothing() {
        String username = unique("too-short");
        navigate(AccountsView.class);

        test(find(Button.class).id("account-new")).click();
        test(find(TextField.class).id("account-username")).setValue(username);
        test(find(TextField.class).id("account-display-name")).setValue("志愿者 小林");
        test(find(PasswordField.class).id("account-password")).setValue("short");
        test(find(PasswordField.class).id("account-password-repeat")).setValue("short");
        test(find(CheckboxGroup.class).id("account-roles"), Role.class).selectItem("Volunteer");
        test(find(Button.class).id("account-save")).click();

        assertThat(find(PasswordField.class).id("account-password").isInvalid()).isTrue();
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(find(Notification.class).exists()).isTrue();
        assertThat(accounts.list(username, PageRequest.of(0, 5)).getContent()).isEmpty();
    }

    @Test
    void editing_the_person_of_an_account_keeps_what_the_form_does_not_show() {
        String username = unique("liaison");
        AccountDraft draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("联络员 吴婷");
        draft.setPassword(TestData.PASSWORD);
        draft.setRoles(EnumSet.of(Role.ORGANISER));
        long personId = Objects.requireNonNull(accounts.create(draft,
                PersonDraft.of("吴婷", "Wu Ting", "区商务局科员", "青山区", null, null)).personId());
        navigate(AccountsView.class);
        test(find(TextField.class).id("account-search")).setValue(username);

        Component actions = test(find(Grid.class).id("account-grid"), AccountSummary.class).getCellComponent(0, 6);
        test((Button) actions.getChildren().filter(c -> c.hasClassName("account-edit")).findFirst().orElseThrow()).click();
        assertThat(find(TextField.class).id("account-person-name-zh").getValue()).isEqualTo("吴婷");
        test(find(TextField.class).id("account-person-mobile")).setValue("13905794102");
        test(find(Button.class).id("account-save")).click();

        PersonSummary person = persons.find(personId).orElseThrow();
        assertThat(person.mobile()).isEqualTo("13905794102");
        assertThat(person.title()).isEqualTo("区商务局科员");
        assertThat(person.organisation()).isEqualTo("青山区");
        assertThat(accounts.find(accountId(username)).orElseThrow().personId()).isEqualTo(personId);
    }

    private long accountId(String username) {
        return accounts.list(username, PageRequest.of(0, 5)).getContent().getFirst().id();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
