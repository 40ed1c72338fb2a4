package org.expodesk.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSaveResult;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit a session. Times are typed in the event's time zone. Saving shows the conflicts found; the
 * organiser then changes the session or presses "keep anyway", and it is saved with their mark.
 */
class SessionFormDialog extends Dialog {

    private final BeanValidationBinder<SessionDraft> binder = new BeanValidationBinder<>(SessionDraft.class);
    private final ProgrammeService programme;
    private final EventSummary event;
    private final @Nullable Long sessionId;
    private final Consumer<SessionSummary> onSaved;
    private final ConflictList conflicts = new ConflictList();
    private final Button keep = new Button();
    private final MultiSelectComboBox<PersonSummary> speakers;
    private final MultiSelectComboBox<PersonSummary> vips;
    private final MultiSelectComboBox<PersonSummary> participants;
    private final Select<PlaceSummary> place = new Select<>();
    private final ComboBox<UnitSummary> host = new ComboBox<>();
    private @Nullable Long readVersion;

    SessionFormDialog(ProgrammeService programme, PlaceService places, PersonService persons, UnitService units, EventSummary event,
            @Nullable Long sessionId, @Nullable LocalDateTime suggestedStart, Consumer<SessionSummary> onSaved) {
        this.programme = programme;
        this.event = event;
        this.sessionId = sessionId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(sessionId == null ? "programme.form.new" : "programme.form.edit"));
        setWidth("min(56rem, 100vw)");
        addClassName("session-form");

        Select<SessionKind> kind = new Select<>();
        kind.setLabel(getTranslation("programme.field.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        kind.setId("session-kind");
        TextField titleZh = new TextField(getTranslation("programme.field.title-zh"));
        titleZh.setId("session-title-zh");
        TextField titleEn = new TextField(getTranslation("programme.field.title-en"));
        titleEn.setId("session-title-en");
        DateTimePicker start = new DateTimePicker(getTranslation("programme.field.start"));
        start.setId("session-start");
        DateTimePicker end = new DateTimePicker(getTranslation("programme.field.end"));
        end.setId("session-end");
        for (DateTimePicker p : List.of(start, end)) {
            p.setStep(Duration.ofMinutes(5));
            // Day-month order and a 24-hour clock in English too, as on the printed programme.
            p.setLocale(org.expodesk.shared.i18n.AppLocales.isChinese(getLocale()) ? java.util.Locale.CHINA : java.util.Locale.UK);
            p.setHelperText(getTranslation("programme.field.time-zone.hint", event.timeZone().getId()));
        }
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.getValue() == null || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
        place.setLabel(getTranslation("programme.field.place"));
        place.setItems(places.places(event.id()));
        place.setItemLabelGenerator(p -> p == null ? "" : p.name(getLocale()) + " · " + getTranslation(p.kind().messageKey()));
        place.setId("session-place");
        host.setLabel(getTranslation("programme.field.host"));
        host.setItems(units.tree());
        host.setItemLabelGenerator(u -> u.name(getLocale()));
        host.setClearButtonVisible(true);
        speakers = PersonPicker.many(getTranslation("programme.field.speakers"), persons, getLocale());
        speakers.setId("session-speakers");
        vips = PersonPicker.many(getTranslation("programme.field.vips"), persons, getLocale());
        vips.setId("session-vips");
        participants = PersonPicker.many(getTranslation("programme.field.participants"), persons, getLocale());
        participants.setId("session-participants");
        Checkbox open = new Checkbox(getTranslation("programme.field.public"));
        open.setId("session-public");
        TextField dress = new TextField(getTranslation("programme.field.dress-code"));
        TextArea descriptionZh = new TextArea(getTranslation("programme.field.description-zh"));
        TextArea descriptionEn = new TextArea(getTranslation("programme.field.description-en"));
        TextArea notes = new TextArea(getTranslation("programme.field.notes"));
        notes.setHelperText(getTranslation("programme.field.notes.hint"));

        binder.forField(kind).bind("kind");
        binder.forField(titleZh).bind("titleZh");
        binder.forField(titleEn).bind("titleEn");
        binder.forField(start).bind("start");
        binder.forField(end).withValidator(v -> v == null || start.getValue() == null || v.isAfter(start.getValue()),
                getTranslation("programme.error.end-before-start")).bind("end");
        binder.forField(open).bind("publicSession");
        binder.forField(dress).bind("dressCode");
        binder.forField(descriptionZh).bind("descriptionZh");
        binder.forField(descriptionEn).bind("descriptionEn");
        binder.forField(notes).bind("notes");

        FormLayout form = new FormLayout(kind, open, titleZh, titleEn, start, end, place, host, speakers, vips, participants, dress,
                descriptionZh, descriptionEn, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        for (com.vaadin.flow.component.Component wide : List.<com.vaadin.flow.component.Component>of(speakers, vips, participants, notes)) {
            form.setColspan(wide, 2);
        }
        add(conflicts, form);

        SessionDraft original = sessionId == null ? fresh(suggestedStart) : programme.draftOf(sessionId);
        readVersion = original.getVersion();
        binder.readBean(original);
        place.setValue(place.getListDataView().getItems()
                .filter(p -> p.kind() == original.getPlaceKind() && Objects.equals(p.id(), original.getPlaceId())).findFirst().orElse(null));
        host.setValue(host.getListDataView().getItems().filter(u -> Objects.equals(u.id(), original.getHostUnitId())).findFirst().orElse(null));
        speakers.setValue(PersonPicker.of(persons, original.getSpeakerIds()));
        vips.setValue(PersonPicker.of(persons, original.getParticipants().stream().filter(SessionDraft.Participant::vip)
                .map(SessionDraft.Participant::personId).toList()));
        participants.setValue(PersonPicker.of(persons, original.getParticipants().stream().filter(p -> !p.vip())
                .map(SessionDraft.Participant::personId).toList()));
        if (original.isKeepConflicts() && sessionId != null) {
            conflicts.show(programme.conflicts(event.id()).getOrDefault(sessionId, List.of()), event.timeZone(), "programme.conflicts.kept");
        }

        Button save = new Button(getTranslation("action.save"), e -> save(false));
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setText(getTranslation("programme.action.keep-anyway"));
        keep.setId("session-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        keep.setVisible(false);
        keep.addClickListener(e -> save(true));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, keep, save);
    }

    private SessionDraft fresh(@Nullable LocalDateTime suggestedStart) {
        SessionDraft d = new SessionDraft();
        LocalDateTime start = suggestedStart != null ? suggestedStart : event.startDate().atTime(9, 0);
        d.setStart(start);
        d.setEnd(start.plusHours(1));
        return d;
    }

    private void save(boolean keepConflicts) {
        SessionDraft draft = new SessionDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft) || place.getValue() == null) {
            place.setInvalid(place.getValue() == null);
            place.setErrorMessage(getTranslation("programme.error.place-missing"));
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        draft.setPlaceKind(place.getValue().kind());
        draft.setPlaceId(place.getValue().id());
        draft.setHostUnitId(host.getValue() == null ? null : host.getValue().id());
        draft.setSpeakerIds(PersonPicker.ids(speakers.getValue()));
        List<SessionDraft.Participant> people = new ArrayList<>();
        vips.getValue().forEach(p -> people.add(new SessionDraft.Participant(p.id(), true)));
        participants.getValue().forEach(p -> people.add(new SessionDraft.Participant(p.id(), false)));
        draft.setParticipants(people);
        draft.setKeepConflicts(keepConflicts);
        try {
            SessionSaveResult result = sessionId == null ? programme.create(event.id(), draft) : programme.update(sessionId, draft);
            switch (result) {
                case SessionSaveResult.Saved saved -> {
                    Toast.success(getTranslation(saved.keptConflicts().isEmpty() ? "programme.saved" : "programme.saved-with-conflicts",
                            saved.session().title(getLocale())));
                    onSaved.accept(saved.session());
                    close();
                }
                case SessionSaveResult.HeldBack held -> {
                    conflicts.show(held.conflicts(), event.timeZone(), "programme.conflicts.found");
                    keep.setVisible(true);
                }
            }
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }
}
