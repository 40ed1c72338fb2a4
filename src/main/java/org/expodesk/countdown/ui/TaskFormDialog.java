package org.expodesk.countdown.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.TaskDraft;
import org.expodesk.countdown.TaskStatus;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.Workstream;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/** Create or edit a task: titles, workstream, owner (unit and person), dates, status, progress and what it waits for. */
class TaskFormDialog extends Dialog {

    private final BeanValidationBinder<TaskDraft> binder = new BeanValidationBinder<>(TaskDraft.class);
    private final CountdownService countdown;
    private final long eventId;
    private final @Nullable Long taskId;
    private final @Nullable Long readVersion;
    private final Consumer<TaskSummary> onSaved;
    private final ComboBox<UnitSummary> unit;
    private final ComboBox<PersonSummary> person;
    private final MultiSelectComboBox<TaskSummary> dependsOn = new MultiSelectComboBox<>();
    private final Span reason = new Span();

    TaskFormDialog(CountdownService countdown, Owners owners, long eventId, @Nullable Long taskId, Consumer<TaskSummary> onSaved) {
        this.countdown = countdown;
        this.eventId = eventId;
        this.taskId = taskId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(taskId == null ? "countdown.action.new" : "countdown.action.edit"));
        setWidth("min(48rem, 100vw)");

        TextField titleZh = new TextField(getTranslation("countdown.field.title-zh"));
        titleZh.setId("task-title-zh");
        TextField titleEn = new TextField(getTranslation("countdown.field.title-en"));
        titleEn.setId("task-title-en");
        Select<Workstream> workstream = new Select<>();
        workstream.setLabel(getTranslation("countdown.field.workstream"));
        workstream.setItems(Workstream.values());
        workstream.setItemLabelGenerator(w -> getTranslation(w.messageKey()));
        unit = owners.unitBox(getTranslation("countdown.field.owner-unit"), getLocale());
        person = owners.personBox(getTranslation("countdown.field.owner-person"), getLocale());
        DatePicker start = DatePickers.create(getTranslation("countdown.field.start"), getLocale());
        start.setId("task-start");
        DatePicker deadline = DatePickers.create(getTranslation("countdown.field.deadline"), getLocale());
        deadline.setId("task-deadline");
        Select<TaskStatus> status = new Select<>();
        status.setLabel(getTranslation("countdown.field.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setId("task-status");
        IntegerField progress = new IntegerField(getTranslation("countdown.field.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setStep(10);
        progress.setSuffixComponent(new Span("%"));
        List<TaskSummary> others = countdown.tasks(eventId).stream().filter(t -> taskId == null || t.id() != taskId).toList();
        dependsOn.setLabel(getTranslation("countdown.field.depends-on"));
        dependsOn.setHelperText(getTranslation("countdown.field.depends-on.hint"));
        dependsOn.setItems(others);
        dependsOn.setItemLabelGenerator(t -> t.title(getLocale()) + " (" + t.deadline() + ")");
        dependsOn.setId("task-depends-on");

        binder.forField(titleZh).bind("titleZh");
        binder.forField(titleEn).bind("titleEn");
        binder.forField(workstream).bind("workstream");
        binder.forField(start).bind("startDate");
        binder.forField(deadline).bind("deadline");
        binder.forField(status).bind("status");
        binder.forField(progress).withConverter(v -> v == null ? 0 : v, v -> v).bind("progress");

        FormLayout form = new FormLayout(titleZh, titleEn, workstream, status, unit, person, start, deadline, progress, dependsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(dependsOn, 2);
        reason.addClassName("dialog-error");
        reason.getStyle().set("color", "var(--lumo-error-text-color)");
        reason.setId("task-error");
        add(form, reason);

        TaskDraft original = taskId == null ? new TaskDraft() : countdown.draftOf(taskId);
        readVersion = original.getVersion();
        binder.readBean(original);
        unit.setValue(owners.unit(original.getOwnerUnitId()));
        person.setValue(owners.person(original.getOwnerPersonId()));
        dependsOn.setValue(others.stream().filter(t -> original.getDependsOn().contains(t.id())).collect(Collectors.toSet()));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        TaskDraft draft = new TaskDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        draft.setOwnerUnitId(unit.getValue() == null ? null : unit.getValue().id());
        draft.setOwnerPersonId(person.getValue() == null ? null : person.getValue().id());
        Set<Long> before = new LinkedHashSet<>();
        dependsOn.getValue().forEach(t -> before.add(t.id()));
        draft.setDependsOn(before);
        try {
            TaskSummary saved = taskId == null ? countdown.create(eventId, draft) : countdown.update(taskId, draft);
            Toast.success(getTranslation("countdown.saved", saved.title(getLocale())));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException e) {
            reason.setText(CountdownTexts.reason(e, this::getTranslation));
        }
    }
}
