package org.expodesk.countdown.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.expodesk.countdown.CountdownTemplateService;
import org.expodesk.countdown.TemplateSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** Plans the event from a template: the starter, or an earlier edition saved as one. */
class ApplyTemplateDialog extends Dialog {

    ApplyTemplateDialog(CountdownTemplateService templates, long eventId, Runnable onApplied) {
        setHeaderTitle(getTranslation("countdown.template.title"));
        setWidth("min(36rem, 100vw)");
        List<TemplateSummary> all = templates.templates();
        Select<TemplateSummary> choice = new Select<>();
        choice.setLabel(getTranslation("countdown.template.choose"));
        choice.setItems(all);
        choice.setItemLabelGenerator(t -> t.name(getLocale()) + " · " + getTranslation("countdown.template.tasks", t.taskCount()));
        choice.setWidthFull();
        choice.setId("template-choice");
        if (!all.isEmpty()) {
            choice.setValue(all.getFirst());
        }
        add(choice, new Paragraph(getTranslation("countdown.template.hint")));
        Button apply = new Button(getTranslation("countdown.action.apply-template"), e -> {
            if (choice.getValue() == null) {
                return;
            }
            try {
                int count = templates.apply(choice.getValue().id(), eventId);
                Toast.success(getTranslation("countdown.template.applied", count));
                onApplied.run();
                close();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        apply.setId("template-apply-confirm");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), apply);
    }
}
