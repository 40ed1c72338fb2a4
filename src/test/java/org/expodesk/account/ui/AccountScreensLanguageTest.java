package org.expodesk.account.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;

/** The account screens speak both languages completely: a missing label shows as {@code !key!} and fails here. */
class AccountScreensLanguageTest extends ScreenTest {

    private static final Pattern MISSING = Pattern.compile("![a-z0-9_.-]+!");



    @Test
    void the_accounts_screen_and_its_dialogs_are_complete_in_chinese() {
        assertAccountsScreenComplete(AppLocales.ZH_CN, "账号管理");
    }

    @Test
    void the_accounts_screen_and_its_dialogs_are_complete_in_english() {
        assertAccountsScreenComplete(AppLocales.EN, "Accounts");
    }

    @Test
    void my_account_is_complete_in_chinese() {
        assertMyAccountComplete(AppLocales.ZH_CN, "修改密码");
    }

    @Test
    void my_account_is_complete_in_english() {
        assertMyAccountComplete(AppLocales.EN, "Change password");
    }

    private void assertAccountsScreenComplete(Locale locale, String title) {
        TestData.signInAs(testData.admin());
        testData.account("language-check", EnumSet.of(Role.ORGANISER, Role.SAFETY));
        UI.getCurrent().setLocale(locale);
        AccountsView view = navigate(AccountsView.class);

        assertThat(view.getPageTitle()).startsWith(title);
        assertComplete();

        test(find(Button.class).id("account-new")).click();
        assertComplete();
        closeDialogs();

        // The edit, disable and reset dialogs, opened from the row of an account that is not the signed-in one.
        test(find(TextField.class).id("account-search")).setValue("language-check");
        Grid<?> grid = find(Grid.class).id("account-grid");
        assertThat(test(grid, Object.class).size()).isEqualTo(1);
        Component actions = test(grid, Object.class).getCellComponent(0, grid.getColumns().size() - 1);
        for (String action : List.of("account-edit", "account-toggle", "account-reset")) {
            Button button = (Button) actions.getChildren().filter(c -> c.hasClassName(action)).findFirst().orElseThrow();
            test(button).click();
            assertComplete();
            closeDialogs();
        }
    }

    private void assertMyAccountComplete(Locale locale, String passwordTitle) {
        TestData.signInAs(testData.account("language-volunteer", EnumSet.of(Role.VOLUNTEER)));
        UI.getCurrent().setLocale(locale);
        navigate(MyAccountView.class);

        assertThat(find(Button.class).id("my-change-password").getText()).isEqualTo(passwordTitle);
        assertComplete();
    }

    /** Every text, attribute and property of everything on screen, the open dialogs and grid cells included. */
    private void assertComplete() {
        List<String> texts = new ArrayList<>();
        for (Component component : find(Component.class).all()) {
            collect(component.getElement(), texts);
        }
        for (Grid<?> grid : find(Grid.class).all()) {
            var tester = test(grid, Object.class);
            for (int column = 0; column < grid.getColumns().size(); column++) {
                texts.add(tester.getHeaderCell(column));
                boolean components = grid.getColumns().get(column).getRenderer() instanceof ComponentRenderer;
                for (int row = 0; row < Math.min(tester.size(), 20); row++) {
                    if (components) {
                        collect(tester.getCellComponent(row, column).getElement(), texts);
                    } else {
                        texts.add(tester.getCellText(row, column));
                    }
                }
            }
        }
        assertThat(texts.stream().filter(t -> t != null && MISSING.matcher(t).find()).toList()).isEmpty();
        assertThat(texts).isNotEmpty();
    }

    private static void collect(Element element, List<String> texts) {
        texts.add(element.getText());
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private void closeDialogs() {
        find(Dialog.class).all().forEach(Dialog::close);
        find(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
        roundTrip();
    }
}
