package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.expodesk.booth.HallSummary;
import org.expodesk.safety.TargetDraft;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits a target. Hotels and dining places are described by name and address in free text until the
 * lodging feature exists; extinguishers, hydrants and entrances are placed in a hall in metres.
 */
class TargetDialog extends Dialog {

    private final BeanValidationBinder<TargetDraft> binder = new BeanValidationBinder<>(TargetDraft.class);
    private final TargetService targets;
    private final long eventId;
    private final Runnable onSaved;
    private @Nullable Long editing;

    TargetDialog(TargetService targets, List<HallSummary> halls, long eventId, Runnable onSaved) {
        this.targets = targets;
        this.eventId = eventId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("safety.targets.add"));
        setId("safety-target-dialog");
        Select<TargetKind> kind = new Select<>();
        kind.setLabel(getTranslation("safety.targets.kind"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        TextField name = new TextField(getTranslation("safety.targets.name"));
        name.setId("safety-target-name");
        TextField description = new TextField(getTranslation("safety.targets.description"));
        description.setHelperText(getTranslation("safety.targets.description.hint"));
        Select<Long> hall = new Select<>();
        hall.setLabel(getTranslation("safety.targets.hall"));
        hall.setItems(halls.stream().map(HallSummary::id).toList());
        hall.setEmptySelectionAllowed(true);
        hall.setItemLabelGenerator(id -> id == null ? "" : halls.stream().filter(h -> h.id() == id).findFirst()
                .map(h -> h.name(getLocale())).orElse(""));
        BigDecimalField x = new BigDecimalField(getTranslation("safety.targets.x"));
        BigDecimalField y = new BigDecimalField(getTranslation("safety.targets.y"));
        TextField person = new TextField(getTranslation("safety.targets.responsible"));
        person.setId("safety-target-person");
        TextField mobile = new TextField(getTranslation("safety.targets.mobile"));
        mobile.setId("safety-target-mobile");
        TextField unit = new TextField(getTranslation("safety.targets.unit"));
        binder.forField(kind).bind("kind");
        binder.forField(name).bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(hall).bind("hallId");
        binder.forField(x).bind("x");
        binder.forField(y).bind("y");
        binder.forField(person).withNullRepresentation("").bind("responsibleName");
        binder.forField(mobile).withNullRepresentation("").bind("responsibleMobile");
        binder.forField(unit).withNullRepresentation("").bind("responsibleUnit");
        binder.readBean(new TargetDraft());
        FormLayout form = new FormLayout(kind, name, description, hall, x, y, person, mobile, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        Button save = new Button(getTranslation("safety.save"), e -> save());
        save.setId("safety-target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("safety.cancel"), e -> close()), save);
    }

    TargetDialog edit(TargetSummary target) {
        editing = target.id();
        setHeaderTitle(target.name());
        binder.readBean(targets.draftOf(target.id()));
        return this;
    }

    private void save() {
        TargetDraft draft = new TargetDraft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (editing == null) {
                targets.create(eventId, draft);
            } else {
                targets.update(editing, draft);
            }
            close();
            onSaved.run();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }
}
