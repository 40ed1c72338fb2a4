package org.expodesk.booth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The halls-and-booths screen as the office uses it: a hall, a block generated with its preview, the booth grid. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ViewPackages(packages = "org.expodesk")
class BoothsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @BeforeEach
    void signInAsOrganiserOfANewEvent() {
        EventSummary event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        TestData.signInAs(data.account("organiser-booths-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_hall_created_in_its_dialog_appears_in_the_list_and_opens_generation() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(BoothsView.class);
        assertThat(find(Button.class).id("block-open").isEnabled()).isFalse();

        createHall("4", "4号馆", "130", "100");

        @SuppressWarnings("unchecked")
        Grid<HallSummary> halls = find(Grid.class).id("hall-grid");
        assertThat(test(halls).size()).isEqualTo(1);
        assertThat(test(halls).getCellText(0, 1)).isEqualTo("4号馆");
        assertThat(test(halls).getCellText(0, 2)).isEqualTo("130 × 100 米");
        assertThat(test(halls).getCellText(0, 3)).isEqualTo("13,000 平方米");
        assertThat(find(Button.class).id("block-open").isEnabled()).isTrue();
    }

    @Test
    void the_block_preview_counts_live_lists_problems_and_generates_only_a_block_that_fits() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(BoothsView.class);
        createHall("4", "4号馆", "30", "20");
        test(find(Button.class).id("block-open")).click();
        Dialog dialog = find(Dialog.class).single();
        Span preview = find(Span.class, dialog).id("block-preview");
        assertThat(preview.getText()).endsWith("合计 180 平方米，0 元。");
        find(BigDecimalField.class, dialog).id("block-price").setValue(new BigDecimal("6800"));
        assertThat(preview.getText()).startsWith("将生成 20 个展位：A-001 … A-020；区块外廓 30 × 6 米，合计 180 平方米，13.6 万元");
        Button generate = find(Button.class, dialog).id("block-generate");
        assertThat(generate.isEnabled()).isTrue();

        find(BigDecimalField.class, dialog).id("block-x").setValue(new BigDecimal("1"));
        assertThat(generate.isEnabled()).isFalse();
        assertThat(ScreenTexts.of(dialog)).contains("展位 A-010 超出了 4 号馆范围（30 米 × 20 米）。", "展位 A-020 超出了 4 号馆范围（30 米 × 20 米）。");

        test(find(TextField.class, dialog).id("block-pattern")).setValue("A-{x}");
        assertThat(ScreenTexts.of(dialog)).contains("编号规则中的占位符 {x} 无法识别");

        find(BigDecimalField.class, dialog).id("block-x").setValue(BigDecimal.ZERO);
        test(find(TextField.class, dialog).id("block-pattern")).setValue("{row:A}{col:02}");
        test(find(IntegerField.class, dialog).id("block-rows")).setValue(3);
        assertThat(preview.getText()).startsWith("将生成 30 个展位：A01 … C10");
        test(generate).click();

        assertThat(dialog.isOpened()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<BoothSummary> grid = find(Grid.class).id("booth-grid");
        assertThat(test(grid).size()).isEqualTo(30);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("A01");
    }

    @Test
    void the_booth_grid_filters_by_status_and_edits_a_booth() {
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(BoothsView.class);
        createHall("4", "Hall 4", "130", "100");
        test(find(Button.class).id("block-open")).click();
        test(find(Button.class, find(Dialog.class).single()).id("block-generate")).click();
        @SuppressWarnings("unchecked")
        Grid<BoothSummary> grid = find(Grid.class).id("booth-grid");
        assertThat(test(grid).size()).isEqualTo(20);

        test((Button) test(grid).getCellComponent(2, 8)).click();
        Dialog edit = find(Dialog.class).single();
        find(com.vaadin.flow.component.checkbox.Checkbox.class, edit).id("booth-blocked").setValue(true);
        test(find(Button.class, edit).id("booth-save")).click();

        @SuppressWarnings("unchecked")
        Select<BoothStatus> status = find(Select.class).id("booth-filter-status");
        test(status).selectItem("Blocked");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("A-003");
    }

    @Test
    void the_screen_is_fully_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(BoothsView.class);
            if (find(Grid.class).id("hall-grid").getGenericDataView().getItems().findAny().isEmpty()) {
                createHall("4", "4号馆", "130", "100");
            }
            test(find(Button.class).id("block-open")).click();
            String texts = ScreenTexts.of(UI.getCurrent());
            assertThat(texts).doesNotContain("!booth.", "!nav.", "!action.", "!grid.");
            assertThat(texts).contains(AppLocales.isChinese(locale) ? "批量生成展位" : "Generate a block of booths");
            find(Dialog.class).single().close();
        }
    }

    private void createHall(String code, String name, String width, String depth) {
        test(find(Button.class).id("hall-new")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).id("hall-code")).setValue(code);
        test(find(TextField.class, dialog).id("hall-name-zh")).setValue(name);
        find(BigDecimalField.class, dialog).id("hall-width").setValue(new BigDecimal(width));
        find(BigDecimalField.class, dialog).id("hall-depth").setValue(new BigDecimal(depth));
        test(find(Button.class, dialog).id("hall-save")).click();
        assertThat(dialog.isOpened()).isFalse();
    }
}
