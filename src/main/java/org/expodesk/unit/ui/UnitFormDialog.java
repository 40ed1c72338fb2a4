package org.expodesk.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit a unit with its leader in charge and its liaison in one go, as the office gets them (one line
 * of a unit's reply form). The parent list offers only units of a level the chosen kind may sit under; a parent
 * that no longer fits after a change of kind is marked on the field. Nothing is saved until all is valid.
 */
class UnitFormDialog extends Dialog {

    private @Nullable Long readVersion;
    private final BeanValidationBinder<UnitDraft> binder = new BeanValidationBinder<>(UnitDraft.class);
    private final UnitService units;
    private final @Nullable Long unitId;
    private final Consumer<UnitSummary> onSaved;
    private final Map<Long, UnitSummary> byId = new HashMap<>();
    private final ComboBox<UnitSummary> parent = new ComboBox<>();
    private final Select<UnitKind> kind = new Select<>();
    private final Binder.Binding<UnitDraft, Long> parentBinding;

    /** A new top-level unit: the city whose fair it is. */
    static UnitFormDialog newCity(UnitService units, List<UnitSummary> tree, Consumer<UnitSummary> onSaved) {
        UnitDraft draft = new UnitDraft();
        draft.setKind(UnitKind.CITY);
        return new UnitFormDialog(units, tree, null, draft, "unit.form.new", onSaved);
    }

    /** A new unit under {@code parent}, starting with the kind such a unit usually has there. */
    static UnitFormDialog newUnder(UnitService units, List<UnitSummary> tree, UnitSummary parent, Consumer<UnitSummary> onSaved) {
        UnitDraft draft = new UnitDraft();
        draft.setParentId(parent.id());
        draft.setKind(parent.kind().usualChild().orElse(UnitKind.DEPARTMENT));
        return new UnitFormDialog(units, tree, null, draft, "unit.form.new", onSaved);
    }

    static UnitFormDialog edit(UnitService units, List<UnitSummary> tree, UnitSummary unit, Consumer<UnitSummary> onSaved) {
        return new UnitFormDialog(units, tree, unit.id(), units.draftOf(unit.id()), "unit.form.edit", onSaved);
    }

    private UnitFormDialog(UnitService units, List<UnitSummary> tree, @Nullable Long unitId, UnitDraft draft,
            String titleKey, Consumer<UnitSummary> onSaved) {
        this.units = units;
        this.unitId = unitId;
        this.onSaved = onSaved;
        tree.forEach(u -> byId.put(u.id(), u));
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(52rem, 100vw)");

        parent.setLabel(getTranslation("unit.field.parent"));
        parent.setId("unit-parent");
        // Only units that can have sub-units at all; the kind chosen narrows this further (see kindChanged).
        parent.setItems(tree.stream().filter(u -> !u.kind().allowedChildren().isEmpty() && !Objects.equals(u.id(), unitId)).toList());
        parent.setItemLabelGenerator(this::path);
        TextField nameZh = new TextField(getTranslation("unit.field.name-zh"));
        nameZh.setId("unit-name-zh");
        nameZh.setRequiredIndicatorVisible(true);
        TextField nameEn = new TextField(getTranslation("unit.field.name-en"));
        nameEn.setId("unit-name-en");
        nameEn.setHelperText(getTranslation("unit.field.name-en.hint"));
        kind.setLabel(getTranslation("unit.field.kind"));
        kind.setId("unit-kind");
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        IntegerField sortOrder = new IntegerField(getTranslation("unit.field.sort-order"));
        sortOrder.setId("unit-sort-order");
        sortOrder.setHelperText(getTranslation("unit.field.sort-order.hint"));
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setStep(10);
        PostFields leader = new PostFields("leader", false, this::getTranslation);
        PostFields liaison = new PostFields("liaison", true, this::getTranslation);

        binder.forField(kind).bind("kind");
        parentBinding = binder.forField(parent)
                .withValidator((value, context) -> placementError(value))
                .withConverter(u -> u == null ? null : u.id(), id -> id == null ? null : byId.get(id))
                .bind(UnitDraft::getParentId, UnitDraft::setParentId);
        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(sortOrder).withConverter(v -> v == null ? 0 : v, v -> v).bind("sortOrder");
        leader.bind(binder, "leader", getTranslation("unit.error.person-needs-name", getTranslation("unit.role.leader")));
        liaison.bind(binder, "liaison", getTranslation("unit.error.person-needs-name", getTranslation("unit.role.liaison")));
        kind.addValueChangeListener(e -> kindChanged(e.getValue(), e.isFromClient()));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(kind, parent, nameZh, nameEn, sortOrder);
        form.add(section("unit.section.leader"), 2);
        leader.components().forEach(form::add);
        form.add(section("unit.section.liaison"), 2);
        liaison.components().forEach(form::add);
        add(form);

        readVersion = draft.getVersion();
        binder.readBean(draft);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("unit-cancel");
        getFooter().add(cancel, save);
    }

    /**
     * The kind decides where a unit may sit: the parent list follows it, a city has no parent at all, and a
     * parent that no longer fits is marked at once (not only on save) so the user sees why.
     */
    private void kindChanged(@Nullable UnitKind chosen, boolean byUser) {
        boolean topLevel = chosen != null && chosen.allowedParents().isEmpty();
        parent.getListDataView().setFilter(u -> chosen == null || chosen.allowedParents().contains(u.kind()));
        parent.setEnabled(!topLevel);
        parent.setHelperText(topLevel ? getTranslation("unit.field.parent.top") : null);
        if (topLevel) {
            parent.clear();
        }
        if (byUser && parent.getValue() != null) {
            parentBinding.validate();
        }
    }

    /** The same placement rule the service enforces, told on the field instead of after saving. */
    private ValidationResult placementError(@Nullable UnitSummary value) {
        UnitKind chosen = kind.getValue();
        if (chosen == null || chosen.allowedParents().isEmpty()) {
            return ValidationResult.ok();
        }
        if (value == null) {
            return ValidationResult.error(getTranslation("unit.error.needs-parent"));
        }
        if (!chosen.allowedParents().contains(value.kind())) {
            return ValidationResult.error(getTranslation("unit.error.wrong-parent",
                    getTranslation(chosen.messageKey()), getTranslation(value.kind().messageKey())));
        }
        return ValidationResult.ok();
    }

    private void save() {
        UnitDraft draft = new UnitDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            UnitSummary saved = unitId == null ? units.create(draft) : units.update(unitId, draft);
            Toast.success(getTranslation("unit.saved", saved.name(getLocale())));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    /** 青山市 / 云溪县: the path tells apart units of the same name in different places. */
    private String path(UnitSummary unit) {
        List<String> names = new ArrayList<>();
        for (UnitSummary u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
            names.addFirst(u.name(getLocale()));
        }
        return String.join(" / ", names);
    }

    private H4 section(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        return heading;
    }
}
