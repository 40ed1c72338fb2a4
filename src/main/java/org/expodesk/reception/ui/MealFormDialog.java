package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.function.Consumer;
import org.expodesk.reception.MealDraft;
import org.expodesk.reception.MealKind;
import org.expodesk.reception.MealService;
import org.expodesk.reception.MealSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/** Create or edit a meal: kind, names in both languages, time (the event's time zone) and place. */
class MealFormDialog extends Dialog {

    private final Binder<MealDraft> binder = new Binder<>(MealDraft.class);
    private final MealService meals;
    private final long eventId;
    private final @Nullable MealSummary meal;
    private final Consumer<MealSummary> onSaved;

    MealFormDialog(MealService meals, long eventId, @Nullable MealSummary meal, LocalDate firstDay, Consumer<MealSummary> onSaved) {
        this.meals = meals;
        this.eventId = eventId;
        this.meal = meal;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(meal == null ? "reception.meals.new" : "reception.meals.edit"));
        setWidth("min(40rem, 100vw)");

        Select<MealKind> kind = new Select<>();
        kind.setLabel(getTranslation("reception.meals.kind"));
        kind.setItems(MealKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reception.meal-kind." + k.name()));
        kind.setId("meal-kind");
        TextField nameZh = new TextField(getTranslation("reception.meals.name-zh"));
        nameZh.setId("meal-name-zh");
        TextField nameEn = new TextField(getTranslation("reception.meals.name-en"));
        nameEn.setId("meal-name-en");
        DateTimePicker startsAt = new DateTimePicker(getTranslation("reception.meals.starts-at"));
        startsAt.setLocale(AppLocales.isChinese(getLocale()) ? Locale.CHINA : Locale.UK);
        // the same ISO dates and month names as every date picker of the application
        startsAt.setDatePickerI18n(DatePickers.create("", getLocale()).getI18n());
        startsAt.setStep(java.time.Duration.ofMinutes(15));
        startsAt.setId("meal-starts-at");
        TextField place = new TextField(getTranslation("reception.meals.place"));
        place.setId("meal-place");

        String required = getTranslation("reception.meals.required");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(nameZh).asRequired(required).withValidator(new StringLengthValidator(getTranslation("reception.meals.too-long", 100), 0, 100))
                .bind("nameZh");
        binder.forField(nameEn).withValidator(new StringLengthValidator(getTranslation("reception.meals.too-long", 200), 0, 200)).bind("nameEn");
        binder.forField(startsAt).asRequired(required).bind("startsAt");
        binder.forField(place).asRequired(required).withValidator(new StringLengthValidator(getTranslation("reception.meals.too-long", 200), 0, 200))
                .bind("place");
        binder.readRecord(meal == null ? new MealDraft(MealKind.BANQUET, "", null, firstDay.atTime(LocalTime.of(18, 30)), "")
                : new MealDraft(meal.kind(), meal.nameZh(), meal.nameEn(), meal.startsAt().toLocalDateTime(), meal.place()));

        FormLayout form = new FormLayout(kind, startsAt, nameZh, nameEn, place);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(place, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("meal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        RecordForm.save(this, binder, draft -> meal == null ? meals.create(eventId, draft) : meals.update(meal.id(), draft),
                saved -> {
                    Toast.success(getTranslation("reception.meals.saved", saved.name(getLocale())));
                    onSaved.accept(saved);
                });
    }
}
