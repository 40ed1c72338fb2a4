package org.expodesk.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** A new badge for a change of type or a lost one: the old code stops working, so the reason is asked for. */
class ReissueBadgeDialog extends Dialog {

    ReissueBadgeDialog(BadgeService badges, BadgeSummary badge, List<BadgeTypeSummary> types, Runnable onDone) {
        setHeaderTitle(getTranslation("badge.reissue.title", badge.nameZh()));
        setWidth("min(32rem, 100vw)");
        Select<BadgeTypeSummary> type = new Select<>();
        type.setLabel(getTranslation("badge.field.type"));
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        types.stream().filter(t -> t.id() == badge.type().id()).findFirst().ifPresent(type::setValue);
        type.setId("badge-reissue-type");
        TextField reason = new TextField(getTranslation("badge.field.reason"));
        reason.setPlaceholder(getTranslation("badge.reissue.reason.hint"));
        reason.setMaxLength(200);
        reason.setId("badge-reissue-reason");
        FormLayout form = new FormLayout(type, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("badge.reissue.text")), form);

        Button save = new Button(getTranslation("badge.action.reissue"), e -> {
            if (type.getValue() == null) {
                return;
            }
            try {
                BadgeSummary fresh = badges.reissue(badge.id(), type.getValue().id(), reason.getValue());
                Toast.success(getTranslation("badge.reissued", fresh.nameZh()));
                onDone.run();
                close();
            } catch (BusinessRuleException ex) {
                reason.setInvalid(true);
                Toast.error(ex);
            }
        });
        save.setId("badge-reissue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
