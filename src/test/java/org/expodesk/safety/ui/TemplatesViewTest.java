package org.expodesk.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.ChecklistService;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.shell.ui.NotFoundView;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The office edits a checklist template on screen; saving makes a new revision through the checklist service. */
class TemplatesViewTest extends ScreenTest {

    @Autowired ChecklistService checklists;

    private EventSummary event;

    @BeforeEach
    void anEvent() {
        event = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 20);
    }

    @Test
    void an_organiser_edits_and_reorders_items_and_a_new_revision_appears() {
        TestData.signInAs(testData.account("tpl-organiser-" + UUID.randomUUID(), EnumSet.of(Role.ORGANISER), event.id()));
        UI.getCurrent().setLocale(AppLocales.EN);
        // "medical" is edited by no other test, so the shared context's other tests keep their items.
        TemplateSummary before = checklists.current().stream().filter(t -> t.familyKey().equals("medical")).findFirst().orElseThrow();
        navigate(TemplatesView.class);
        @SuppressWarnings("unchecked")
        Grid<TemplateSummary> grid = find(Grid.class).id("safety-template-grid");
        int row = 0;
        while (!test(grid).getRow(row).familyKey().equals("medical")) {
            row++;
        }
        test(grid).select(row);

        String marker = "Is the first-aid kit sealed? " + UUID.randomUUID();
        List<TextField> englishTexts = find(TextField.class).withClassName("safety-item-text-en").all();
        assertThat(englishTexts).hasSize(before.items().size());
        test(englishTexts.get(0)).setValue(marker);
        test(find(Button.class).withClassName("safety-item-down").all().get(0)).click();
        test(find(Button.class).id("safety-template-add-item")).click();
        List<TextField> zh = find(TextField.class).withClassName("safety-item-text-zh").all();
        List<TextField> en = find(TextField.class).withClassName("safety-item-text-en").all();
        test(zh.get(zh.size() - 1)).setValue("急救车通道是否畅通？");
        test(en.get(en.size() - 1)).setValue("Is the ambulance lane clear?");
        test(find(Button.class).id("safety-template-save")).click();

        TemplateSummary after = checklists.current().stream().filter(t -> t.familyKey().equals("medical")).findFirst().orElseThrow();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.items()).hasSize(before.items().size() + 1);
        assertThat(after.item(1)).isEqualTo(before.item(2));
        assertThat(after.item(2).textEn()).isEqualTo(marker);
        assertThat(after.item(2).textZh()).isEqualTo(before.item(1).textZh());
        assertThat(after.item(after.items().size()).textZh()).isEqualTo("急救车通道是否畅通？");
        assertThat(checklists.template(before.id()).items()).isEqualTo(before.items());
        assertThat(checklists.template(before.id()).current()).isFalse();
        assertThat(notices()).anyMatch(n -> n.contains("Saved as revision " + after.revision()));
    }

    @Test
    void a_question_left_blank_in_one_language_is_not_saved() {
        TestData.signInAs(testData.account("tpl-organiser-" + UUID.randomUUID(), EnumSet.of(Role.ORGANISER), event.id()));
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        TemplateSummary before = checklists.current().stream().filter(t -> t.familyKey().equals("medical")).findFirst().orElseThrow();
        navigate(TemplatesView.class);
        @SuppressWarnings("unchecked")
        Grid<TemplateSummary> grid = find(Grid.class).id("safety-template-grid");
        int row = 0;
        while (!test(grid).getRow(row).familyKey().equals("medical")) {
            row++;
        }
        test(grid).select(row);
        test(find(Button.class).id("safety-template-add-item")).click();
        test(find(Button.class).id("safety-template-save")).click();

        assertThat(notices()).anyMatch(n -> n.contains("每个名称和检查内容都须填写中文和英文"));
        assertThat(checklists.current().stream().filter(t -> t.familyKey().equals("medical")).findFirst().orElseThrow().revision())
                .isEqualTo(before.revision());
    }

    @Test
    void the_editor_is_translated_in_both_languages() {
        TestData.signInAs(testData.account("tpl-admin-" + UUID.randomUUID(), EnumSet.of(Role.ADMIN), event.id()));
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(TemplatesView.class);
            @SuppressWarnings("unchecked")
            Grid<TemplateSummary> grid = find(Grid.class).id("safety-template-grid");
            test(grid).select(0);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!")
                    .contains(AppLocales.isChinese(locale) ? "保存为新版本" : "Save as new revision");
        }
    }

    @Test
    void a_safety_inspector_cannot_open_the_editor() {
        TestData.signInAs(testData.account("tpl-safety-" + UUID.randomUUID(), EnumSet.of(Role.SAFETY), event.id()));
        assertThatThrownBy(() -> navigate("safety/templates", TemplatesView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotFoundView.class.getName());
        assertThat(find(TemplatesView.class).exists()).isFalse();
    }

    private List<String> notices() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
