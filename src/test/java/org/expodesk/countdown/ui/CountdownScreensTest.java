package org.expodesk.countdown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.CountdownTemplateService;
import org.expodesk.countdown.DailySummaryService;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.TemplateSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.ui.EChart;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The countdown's screens as the office uses them, in both languages. */
class CountdownScreensTest extends ScreenTest {

    @Autowired
    CountdownTemplateService templates;
    @Autowired
    CountdownService countdown;
    @Autowired
    DailySummaryService summaries;

    private EventSummary event;

    @BeforeEach
    void anOrganiserOfANewEvent() {
        event = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        TestData.signInAs(testData.account("organiser-countdown-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @Test
    void the_starter_template_applied_from_the_dialog_fills_the_task_list() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(TasksView.class);
        Grid<TaskSummary> grid = find(Grid.class).id("task-grid");
        assertThat(test(grid).size()).isZero();

        test(find(Button.class).id("template-apply")).click();
        test(find(Button.class, find(Dialog.class).single()).id("template-apply-confirm")).click();

        assertThat(test(grid).size()).isEqualTo(26);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("成立筹备工作领导小组，印发工作方案");
        assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!countdown.");
    }

    @Test
    void a_new_task_is_saved_from_its_form_and_a_cycle_is_shown_translated() {
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(TasksView.class);
        test(find(Button.class).id("task-new")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).id("task-title-zh")).setValue("制定方案");
        test(find(TextField.class, dialog).id("task-title-en")).setValue("Draft the plan");
        find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).id("task-start").setValue(LocalDate.now().plusDays(1));
        find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).id("task-deadline").setValue(LocalDate.now());
        test(find(Button.class, dialog).id("task-save")).click();

        assertThat(find(Span.class, dialog).id("task-error").getText()).isEqualTo("The deadline is before the start. Move one of them.");
        find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).id("task-deadline").setValue(LocalDate.now().plusDays(3));
        test(find(Button.class, dialog).id("task-save")).click();

        Grid<TaskSummary> grid = find(Grid.class).id("task-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Draft the plan");
        assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!countdown.");
    }

    @Test
    void the_wall_chart_draws_one_gantt_per_workstream_with_the_countdown_in_both_languages() {
        TemplateSummary starter = templates.templates().stream().filter(t -> t.sourceEventId() == null).findFirst().orElseThrow();
        templates.apply(starter.id(), event.id());

        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(WallChartView.class);
        assertThat(find(Span.class).id("wall-chart-countdown").getText()).isEqualTo("D-30 · 倒计时 30 天");
        assertThat(find(EChart.class).all()).hasSize(8);
        assertThat(find(EChart.class).id("gantt-venue-build-up").getOptionJson()).contains("展位搭建（布展）", "\"D-10\"", "#111");

        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(WallChartView.class);
        assertThat(find(Span.class).id("wall-chart-countdown").getText()).isEqualTo("D-30 · 30 days to opening");
        assertThat(find(EChart.class).id("gantt-venue-build-up").getOptionJson()).contains("Booth build-up");
        assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!countdown.");
    }

    @Test
    void the_summaries_screen_opens_on_the_latest_day() {
        countdown.create(event.id(), org.expodesk.countdown.CountdownFixturesAccess.lateTask(LocalDate.now(event.timeZone())));
        summaries.compose(event.id(), LocalDate.now(event.timeZone()));

        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(DailySummariesView.class);
        String text = ScreenTexts.of(UI.getCurrent());
        assertThat(text).contains("筹备任务", "逾期任务", "逾期 2 天").doesNotContain("!countdown.");

        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(DailySummariesView.class);
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Preparation tasks", "2 days late").doesNotContain("!countdown.");
    }
}
