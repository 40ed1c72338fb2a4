package org.expodesk.reception.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpService;
import org.expodesk.reception.MealDraft;
import org.expodesk.reception.MealKind;
import org.expodesk.reception.MealService;
import org.expodesk.reception.MealSummary;
import org.expodesk.reception.ReceptionFixtures;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meals screen without a browser: both languages, seating with dietary needs, a full table, moving, the kitchen count. */
class MealsScreenTest extends ScreenTest {

    @Autowired
    EventService events;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    MealService meals;

    @Test
    @SuppressWarnings("unchecked")
    void the_team_seats_guests_with_their_needs_in_view_in_both_languages() {
        EventSummary event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(25));
        GuestSummary ma = ReceptionFixtures.accepted(guests, campaigns, rsvp, event.id(), "马丽", "Ma Li", 0, "清真");
        GuestSummary luo = ReceptionFixtures.accepted(guests, campaigns, rsvp, event.id(), "罗敏", "Luo Min", 1, "素食");
        GuestSummary gao = ReceptionFixtures.accepted(guests, campaigns, rsvp, event.id(), "高峰", "Gao Feng", 3, null);
        MealSummary banquet = meals.create(event.id(), new MealDraft(MealKind.BANQUET, "欢迎晚宴", "Welcome banquet",
                event.startDate().atTime(18, 30), "云溪宾馆宴会厅"));
        meals.addTables(banquet.id(), 2, 4);

        for (Locale locale : AppLocales.SUPPORTED) {
            boolean zh = AppLocales.isChinese(locale);
            UI.getCurrent().setLocale(locale);
            navigate(MealsView.class);
            Grid<MealSummary> list = find(Grid.class).id("meal-list");
            assertThat(test(list).size()).isEqualTo(1);
            assertThat(test(list).getCellText(0, 0)).isEqualTo(zh ? "宴会" : "Banquet");
            assertThat(test(list).getCellText(0, 1)).isEqualTo(zh ? "欢迎晚宴" : "Welcome banquet");
            assertThat(test(list).getCellText(0, 5)).isEqualTo("0 / 8");
            String texts = ScreenTexts.of(UI.getCurrent());
            assertThat(texts).doesNotContain("!")
                    .contains(zh ? "用餐与座次" : "Meals and seating", zh ? "尚未入座：3 位嘉宾" : "Not seated yet: 3 guests",
                            "清真 / halal", "素食 / vegetarian", zh ? "1 号桌" : "Table 1");
            assertThat(ScreenTexts.of(find(Div.class).id("meal-waiting-dietary"))).contains(zh ? "马丽" : "Ma Li", "清真 / halal")
                    .doesNotContain(zh ? "高峰" : "Gao Feng");
        }

        // English is the last language: seat Ma Li and Luo Min's party at table 1
        seat("Ma Li", "Table 1 · 0/4");
        seat("Luo Min", "Table 1 · 1/4");
        assertThat(find(Div.class).id("meal-kitchen").getText()).isEqualTo("For the kitchen: 3 persons · no special needs 1 · 清真 / halal 1 · 素食 / vegetarian 1");
        assertThat(ScreenTexts.of(find(Div.class).id("meal-tables"))).contains("3 / 4 seats", "Ma Li", "Luo Min ×2", "清真 / halal");

        // Gao Feng's party of four does not fit the last seat: refused in words
        seat("Gao Feng", "Table 1 · 3/4");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Table 1 has 4 seats and no room for this party.");
        assertThat(meals.unseated(banquet.id())).extracting(GuestSummary::id).containsExactly(gao.id());
        assertThat(((ComboBox<GuestSummary>) find(ComboBox.class).id("meal-guest")).getValue().id()).as("the choice stays").isEqualTo(gao.id());

        // Ma Li moves to table 2, Luo Min is unseated
        Select<MealSummary.Table> move = find(Select.class).id("meal-move-" + ma.id());
        test(move).selectItem("Table 2 · 0/4");
        test(find(Button.class).id("meal-unseat-" + luo.id())).click();
        MealSummary after = meals.meal(banquet.id());
        assertThat(after.tables().get(0).diners()).isEmpty();
        assertThat(after.tables().get(1).diners()).extracting(MealSummary.Diner::guestId).containsExactly(ma.id());
        assertThat(test(find(Grid.class).id("meal-list")).getCellText(0, 5)).isEqualTo("1 / 8");

        // two more tables of ten
        find(IntegerField.class).id("meal-table-count").setValue(2);
        find(IntegerField.class).id("meal-seats-each").setValue(10);
        test(find(Button.class).id("meal-add-tables")).click();
        assertThat(meals.meal(banquet.id()).seats()).isEqualTo(28);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_meal_is_created_edited_and_deleted_after_confirming_the_guests_seated() {
        EventSummary event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(26));
        GuestSummary he = ReceptionFixtures.accepted(guests, campaigns, rsvp, event.id(), "何军", null, 0, null);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(MealsView.class);
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("尚无用餐安排");

        test(find(Button.class).id("meal-new")).click();
        find(TextField.class).id("meal-name-zh").setValue("");
        test(find(Button.class).id("meal-save")).click();
        assertThat(find(TextField.class).id("meal-name-zh").isInvalid()).isTrue();
        assertThat(meals.meals(event.id())).isEmpty();
        find(TextField.class).id("meal-name-zh").setValue("工作午餐");
        find(DateTimePicker.class).id("meal-starts-at").setValue(LocalDateTime.of(event.startDate(), LocalTime.of(12, 0)));
        find(TextField.class).id("meal-place").setValue("会展中心二楼餐厅");
        test(find(Button.class).id("meal-save")).click();
        MealSummary lunch = meals.meals(event.id()).getFirst();
        assertThat(lunch.nameZh()).isEqualTo("工作午餐");
        assertThat(lunch.nameEn()).isNull();

        test(action(0, "meal-edit-" + lunch.id())).click();
        assertThat(ScreenTexts.of(find(Dialog.class).single())).doesNotContain("!").contains("修改用餐");
        find(TextField.class).id("meal-name-en").setValue("Working lunch");
        test(find(Button.class).id("meal-save")).click();
        assertThat(meals.meal(lunch.id()).nameEn()).isEqualTo("Working lunch");

        meals.addTables(lunch.id(), 1, 8);
        meals.seat(lunch.id(), meals.meal(lunch.id()).tables().getFirst().id(), he.id());
        navigate(MealsView.class);
        test(action(0, "meal-delete-" + lunch.id())).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("1 位嘉宾");
        test(confirm).confirm();
        assertThat(meals.meals(event.id())).isEmpty();
    }

    /** A button of the actions column (component columns are drawn per row, not in the component tree). */
    @SuppressWarnings("unchecked")
    private Button action(int row, String id) {
        Grid<MealSummary> list = find(Grid.class).id("meal-list");
        return test(list).getCellComponent(row, 6).getChildren().map(Button.class::cast)
                .filter(b -> id.equals(b.getId().orElse(null))).findFirst().orElseThrow();
    }

    private void seat(String guest, String table) {
        ComboBox<GuestSummary> combo = find(ComboBox.class).id("meal-guest");
        test(combo).selectItem(combo.getListDataView().getItems().filter(g -> g.displayName(Locale.ENGLISH).equals(guest)).findFirst()
                .map(g -> combo.getItemLabelGenerator().apply(g)).orElseThrow());
        Select<MealSummary.Table> select = find(Select.class).id("meal-table");
        test(select).selectItem(table);
        test(find(Button.class).id("meal-seat")).click();
    }
}
