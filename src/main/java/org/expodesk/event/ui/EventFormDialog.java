package org.expodesk.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventStatus;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/** Create or edit an event. Bad input is marked on the field that needs fixing; nothing is saved until all is valid. */
class EventFormDialog extends Dialog {

    static final List<String> TIME_ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Urumqi",
            "Asia/Singapore", "Asia/Tokyo", "Europe/Berlin", "Europe/London", "America/New_York", "UTC");

    private final BeanValidationBinder<EventDraft> binder = new BeanValidationBinder<>(EventDraft.class);
    private @Nullable Long readVersion;
    private final EventService events;
    private final @Nullable Long eventId;
    private final Consumer<EventSummary> onSaved;

    EventFormDialog(EventService events, @Nullable Long eventId, Consumer<EventSummary> onSaved) {
        this.events = events;
        this.eventId = eventId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(eventId == null ? "event.form.new" : "event.form.edit"));
        setWidth("min(48rem, 100vw)");

        TextField nameZh = new TextField(getTranslation("event.field.name-zh"));
        nameZh.setId("event-name-zh");
        TextField nameEn = new TextField(getTranslation("event.field.name-en"));
        nameEn.setId("event-name-en");
        Select<EventKind> kind = new Select<>();
        kind.setLabel(getTranslation("event.field.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        IntegerField edition = new IntegerField(getTranslation("event.field.edition"));
        edition.setHelperText(getTranslation("event.field.edition.hint"));
        edition.setMin(1);
        DatePicker start = DatePickers.create(getTranslation("event.field.start"), getLocale());
        start.setId("event-start");
        DatePicker end = DatePickers.create(getTranslation("event.field.end"), getLocale());
        end.setId("event-end");
        start.addValueChangeListener(e -> {
            end.setMin(e.getValue());
            if (e.getValue() != null && end.getValue() == null) {
                end.setValue(e.getValue().plusDays(2));
            }
        });
        ComboBox<String> timeZone = new ComboBox<>(getTranslation("event.field.time-zone"));
        timeZone.setItems(TIME_ZONES);
        timeZone.setAllowCustomValue(false);
        TextField venueZh = new TextField(getTranslation("event.field.venue-zh"));
        TextField venueEn = new TextField(getTranslation("event.field.venue-en"));
        TextField address = new TextField(getTranslation("event.field.address"));
        Select<EventStatus> status = new Select<>();
        status.setLabel(getTranslation("event.field.status"));
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));

        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(kind).bind("kind");
        binder.forField(edition).bind("edition");
        binder.forField(start).bind("startDate");
        binder.forField(end)
                .withValidator(date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("event.error.end-before-start"))
                .bind("endDate");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(venueZh).bind("venueNameZh");
        binder.forField(venueEn).bind("venueNameEn");
        binder.forField(address).bind("venueAddress");
        binder.forField(status).bind("status");

        FormLayout form = new FormLayout(nameZh, nameEn, kind, edition, start, end, timeZone, status, venueZh, venueEn, address);
        form.setColspan(address, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);

        EventDraft original = eventId == null ? new EventDraft() : events.draftOf(eventId);
        readVersion = original.getVersion();
        binder.readBean(original);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        EventDraft draft = new EventDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            EventSummary saved = eventId == null ? events.create(draft) : events.update(eventId, draft);
            Toast.success(getTranslation("event.saved", saved.name(getLocale())));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }
}
