package org.expodesk.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.ChecklistService;
import org.expodesk.safety.ItemAnswer;
import org.expodesk.safety.RectificationSummary;
import org.expodesk.safety.TargetDraft;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SafetyScreensTest extends ScreenTest {

    @Autowired TargetService targets;
    @Autowired ChecklistService checklists;

    private EventSummary event;
    private TargetSummary dining;

    @BeforeEach
    void anInspectorOfAnEventWithATarget() {
        event = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 20);
        TestData.signInAs(testData.account("safety-screen-" + UUID.randomUUID(), EnumSet.of(Role.SAFETY), event.id()));
        TargetDraft draft = TargetDraft.of(TargetKind.DINING, "城南大酒店");
        draft.setDescription("云溪县城南路18号");
        dining = targets.create(event.id(), draft.responsible("王厨师长", "13800138001", "城南大酒店"));
    }

    @Test
    void an_inspector_walks_a_checklist_from_the_label_fails_one_item_and_the_office_sees_the_rectification() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(InspectionView.class, dining.qrToken());
        assertThat(find(ComboBox.class).id("safety-target").getValue()).isEqualTo(dining);
        TemplateSummary food = checklists.current().stream().filter(t -> t.familyKey().equals("food-dining")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<TemplateSummary> template = find(Select.class).id("safety-template");
        template.setValue(food);
        test(find(Button.class).id("safety-start")).click();
        for (int i = 1; i <= food.items().size(); i++) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ItemAnswer> answer = find(RadioButtonGroup.class).id("safety-answer");
            // Items that need a photo are marked not applicable here: uploads are tested on the service.
            answer.setValue(i == 4 ? ItemAnswer.FAILED : food.item(i).photoRequired() ? ItemAnswer.NOT_APPLICABLE : ItemAnswer.PASSED);
            if (i == 4) {
                assertThat(find(DateTimePicker.class).id("safety-deadline").getValue()).isNotNull();
                assertThat(ScreenTexts.of(UI.getCurrent())).contains("整改期限").doesNotContain("!");
            }
            test(find(Button.class).id("safety-next")).click();
        }
        assertThat(find(Paragraph.class).id("safety-saved").getText()).isEqualTo("检查结果已保存。");

        TestData.signInAs(testData.account("safety-office-" + UUID.randomUUID(), EnumSet.of(Role.ORGANISER), event.id()));
        navigate(RectificationsView.class);
        @SuppressWarnings("unchecked")
        Grid<RectificationSummary> grid = find(Grid.class).id("safety-rect-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).itemZh()).isEqualTo(food.item(4).textZh());
        assertThat(test(grid).getRow(0).owner().name()).isEqualTo("王厨师长");
    }

    @Test
    void the_safety_screens_are_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(InspectionView.class);
            String inspect = ScreenTexts.of(UI.getCurrent());
            assertThat(inspect).doesNotContain("!").contains(AppLocales.isChinese(locale) ? "开始检查" : "Start inspection");
            navigate(TargetsView.class);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!").contains(AppLocales.isChinese(locale) ? "打印二维码标签" : "Print QR labels");
            navigate(RectificationsView.class);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
            navigate(PlansView.class);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
        }
    }

    @Test
    void the_standard_plans_are_added_once() {
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(PlansView.class);
        test(find(Button.class).id("safety-plans-starter")).click();
        test(find(Button.class).id("safety-plans-starter")).click();
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Fire emergency plan", "Lost child emergency plan");
        assertThat(find(com.vaadin.flow.component.details.Details.class).all()).hasSize(6);
    }
}
