package org.expodesk.event.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsViewTest extends ScreenTest {


    private EventSummary expo;

    @BeforeEach
    void signInAsOrganiser() {
        expo = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        testData.event("别人的活动", "Someone else’s event", 40);
        TestData.signInAs(testData.account("organiser-events", EnumSet.of(Role.ORGANISER), expo.id()));
    }


    @Test
    void organiser_sees_only_the_events_assigned_to_them() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(EventsView.class);
        @SuppressWarnings("unchecked")
        Grid<EventSummary> grid = find(Grid.class).id("event-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("第四届云溪小商品博览会");
    }

    @Test
    void an_event_created_in_the_dialog_appears_in_the_list_and_is_assigned_to_its_creator() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        EventsView view = navigate(EventsView.class);
        test(find(Button.class).id("event-new")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).id("event-name-zh")).setValue("2027 青山招商推介会");
        test(find(TextField.class, dialog).id("event-name-en")).setValue("2027 Qingshan Investment Promotion Meeting");
        test(find(DatePicker.class, dialog).id("event-start")).setValue(LocalDate.now().plusDays(60));
        test(find(DatePicker.class, dialog).id("event-end")).setValue(LocalDate.now().plusDays(61));
        test(find(Button.class, dialog).id("event-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<EventSummary> grid = find(Grid.class, view).id("event-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(grid.getGenericDataView().getItems().map(EventSummary::nameZh)).contains("2027 青山招商推介会");
    }

    @Test
    void an_end_before_the_start_is_marked_and_nothing_is_saved() {
        UI.getCurrent().setLocale(AppLocales.EN);
        EventsView view = navigate(EventsView.class);
        test(find(Button.class).id("event-new")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).id("event-name-zh")).setValue("日期错误的活动");
        test(find(TextField.class, dialog).id("event-name-en")).setValue("Event with wrong dates");
        test(find(DatePicker.class, dialog).id("event-start")).setValue(LocalDate.now().plusDays(10));
        DatePicker end = find(DatePicker.class, dialog).id("event-end");
        end.setMin(null);
        test(end).setValue(LocalDate.now().plusDays(5));
        test(find(Button.class, dialog).id("event-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end date must not be before the start date.");
        @SuppressWarnings("unchecked")
        Grid<EventSummary> grid = find(Grid.class, view).id("event-grid");
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void the_screen_is_fully_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            EventsView view = navigate(EventsView.class);
            test(find(Button.class).id("event-new")).click();
            String texts = ScreenTexts.of(UI.getCurrent());
            assertThat(texts).doesNotContain("!");
            assertThat(texts).contains(AppLocales.isChinese(locale) ? "新建活动" : "New event");
            find(Dialog.class).single().close();
            assertThat(view).isNotNull();
        }
    }
}
