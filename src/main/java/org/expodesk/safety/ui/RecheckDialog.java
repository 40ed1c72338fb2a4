package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.expodesk.safety.RectificationService;
import org.expodesk.safety.RectificationSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** Re-checks a rectification: passed closes it; failed keeps it open with a note and, if given, a new deadline. */
class RecheckDialog extends Dialog {

    RecheckDialog(RectificationService rectifications, RectificationSummary r, Runnable onDone) {
        setHeaderTitle(getTranslation("safety.rect.recheck"));
        setId("safety-recheck-dialog");
        RadioButtonGroup<Boolean> result = new RadioButtonGroup<>();
        result.setId("safety-recheck-result");
        result.setItems(true, false);
        result.setItemLabelGenerator(p -> getTranslation(p ? "safety.rect.recheck.passed" : "safety.rect.recheck.failed"));
        TextArea note = new TextArea(getTranslation("safety.inspect.note"));
        note.setId("safety-recheck-note");
        note.setWidthFull();
        DateTimePicker deadline = new DateTimePicker(getTranslation("safety.rect.new-deadline"));
        deadline.setId("safety-recheck-deadline");
        deadline.setLocale(getLocale());
        deadline.setHelperText(getTranslation("safety.inspect.deadline.hint"));
        deadline.setVisible(false);
        result.addValueChangeListener(e -> deadline.setVisible(Boolean.FALSE.equals(e.getValue())));
        add(new VerticalLayout(new Paragraph(r.targetName() + " · " + r.item(getLocale())), result, note, deadline));
        Button save = new Button(getTranslation("safety.rect.recheck.save"), e -> {
            if (result.getValue() == null) {
                result.setInvalid(true);
                return;
            }
            try {
                rectifications.recheck(r.id(), r.version(), result.getValue(), note.getValue(), null, deadline.getValue());
                close();
                onDone.run();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.setId("safety-recheck-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("safety.cancel"), e -> close()), save);
    }
}
