package org.expodesk.countdown.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.expodesk.countdown.CountdownTemplateService;
import org.expodesk.countdown.TemplateSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** "Copy from last year's edition": saves this event's tasks relative to its opening day. */
class SaveTemplateDialog extends Dialog {

    SaveTemplateDialog(CountdownTemplateService templates, long eventId) {
        setHeaderTitle(getTranslation("countdown.template.save.title"));
        setWidth("min(36rem, 100vw)");
        TextField nameZh = new TextField(getTranslation("countdown.template.name-zh"));
        nameZh.setId("template-name-zh");
        TextField nameEn = new TextField(getTranslation("countdown.template.name-en"));
        add(new Paragraph(getTranslation("countdown.template.save.hint")), new FormLayout(nameZh, nameEn));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                TemplateSummary saved = templates.saveFromEvent(eventId, nameZh.getValue(), nameEn.getValue());
                Toast.success(getTranslation("countdown.template.saved", saved.name(getLocale())));
                close();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.setId("template-save-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
