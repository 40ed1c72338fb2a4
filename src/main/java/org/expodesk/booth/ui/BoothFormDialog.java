package org.expodesk.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.expodesk.booth.BoothDraft;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitSummary;

/**
 * Edit one booth: code, position and size on the plan, kind, price, blocked, and whom it is reserved for.
 * A refused change lists every reason (overlapping booths by code, the hall's size) and keeps the form open.
 */
class BoothFormDialog extends Dialog {

    private final BeanValidationBinder<BoothDraft> binder = new BeanValidationBinder<>(BoothDraft.class);
    private final BoothService booths;
    private final long boothId;
    private final long readVersion;
    private final Consumer<BoothSummary> onSaved;
    private final ReasonList reasons = new ReasonList();

    BoothFormDialog(BoothService booths, UnitChoices units, long boothId, Consumer<BoothSummary> onSaved) {
        this.booths = booths;
        this.boothId = boothId;
        this.onSaved = onSaved;
        BoothDraft draft = booths.draftOf(boothId);
        this.readVersion = draft.getVersion() == null ? -1 : draft.getVersion();
        setHeaderTitle(getTranslation("booth.form.edit", draft.getCode()));
        setWidth("min(44rem, 100vw)");

        TextField code = new TextField(getTranslation("booth.field.code"));
        code.setId("booth-code");
        BigDecimalField x = metres("booth.field.x", "booth-x");
        BigDecimalField y = metres("booth.field.y", "booth-y");
        BigDecimalField width = metres("booth.field.width", "booth-width");
        BigDecimalField depth = metres("booth.field.depth", "booth-depth");
        Select<BoothKind> kind = new Select<>();
        kind.setLabel(getTranslation("booth.field.kind"));
        kind.setItems(BoothKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        BigDecimalField price = new BigDecimalField(getTranslation("booth.field.price"));
        price.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("booth.unit.yuan")));
        price.setId("booth-price");
        Checkbox blocked = new Checkbox(getTranslation("booth.field.blocked"));
        blocked.setId("booth-blocked");
        ComboBox<UnitSummary> unit = units.comboBox(getTranslation("booth.field.reserved-unit"), getLocale());
        unit.setHelperText(getTranslation("booth.field.reserved-unit.hint"));
        TextField category = new TextField(getTranslation("booth.field.reserved-category"));
        category.setHelperText(getTranslation("booth.field.reserved-category.hint"));

        binder.forField(code).bind("code");
        binder.forField(x).bind("x");
        binder.forField(y).bind("y");
        binder.forField(width).bind("width");
        binder.forField(depth).bind("depth");
        binder.forField(kind).bind("kind");
        binder.forField(price).bind("price");
        binder.forField(blocked).bind("blocked");
        binder.forField(unit).withConverter(BoothFormat::idOf, units::get).bind("reservedUnitId");
        binder.forField(category).bind("reservedCategory");

        FormLayout form = new FormLayout(code, kind, x, y, width, depth, price, blocked, unit, category);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, reasons);
        binder.readBean(draft);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("booth-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private BigDecimalField metres(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("booth.unit.metres")));
        field.setId(id);
        return field;
    }

    private void save() {
        BoothDraft draft = new BoothDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            BoothSummary saved = booths.update(boothId, draft);
            Toast.success(getTranslation("booth.saved", saved.code()));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException e) {
            reasons.show(BoothFormat.reasons(e, this::getTranslation));
        }
    }
}
