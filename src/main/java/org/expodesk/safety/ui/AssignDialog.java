package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.expodesk.booth.HallSummary;
import org.expodesk.safety.Responsible;
import org.expodesk.safety.TargetService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.validation.PhoneValidator;

/** Gives every extinguisher and hydrant of a hall a responsible person: the nearest booth's, or the steward named. */
class AssignDialog extends Dialog {

    AssignDialog(TargetService targets, List<HallSummary> halls, Runnable onDone) {
        setHeaderTitle(getTranslation("safety.assign.title"));
        setId("safety-assign-dialog");
        Select<HallSummary> hall = new Select<>();
        hall.setLabel(getTranslation("safety.targets.hall"));
        hall.setItems(halls);
        hall.setItemLabelGenerator(h -> h == null ? "" : h.name(getLocale()));
        Checkbox nearest = new Checkbox(getTranslation("safety.assign.nearest"), true);
        TextField name = new TextField(getTranslation("safety.assign.steward"));
        TextField mobile = new TextField(getTranslation("safety.targets.mobile"));
        TextField unit = new TextField(getTranslation("safety.targets.unit"));
        add(new FormLayout(hall, nearest, name, mobile, unit));
        Button save = new Button(getTranslation("safety.assign.run"), e -> {
            if (hall.getValue() == null || name.isEmpty() || !PhoneValidator.isValid(mobile.getValue()) || mobile.isEmpty()) {
                Toast.error(getTranslation("safety.assign.incomplete"));
                return;
            }
            try {
                TargetService.BulkAssignment done = targets.assignInHall(hall.getValue().id(), nearest.getValue(),
                        new Responsible(name.getValue(), mobile.getValue(), unit.getValue()));
                Toast.success(getTranslation("safety.assign.done", done.toBooths(), done.toSteward()));
                close();
                onDone.run();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("safety.cancel"), e -> close()), save);
    }
}
