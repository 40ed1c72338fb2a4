package org.expodesk.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.booth.HallSummary;
import org.expodesk.checkin.GateDraft;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/** Create or edit a gate: code, names, the hall it counts, whether it is open, and the badge types it admits. */
class GateFormDialog extends Dialog {

    private final BeanValidationBinder<GateDraft> binder = new BeanValidationBinder<>(GateDraft.class);
    private final CheckboxGroup<BadgeTypeSummary> types = new CheckboxGroup<>();
    private final Select<HallSummary> hall = new Select<>();
    private final GateService gates;
    private final long eventId;
    private final @Nullable Long gateId;
    private final @Nullable Long readVersion;
    private final Runnable onSaved;

    GateFormDialog(GateService gates, long eventId, @Nullable Long gateId, List<HallSummary> halls,
            List<BadgeTypeSummary> badgeTypes, Runnable onSaved) {
        this.gates = gates;
        this.eventId = eventId;
        this.gateId = gateId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(gateId == null ? "checkin.gate.new" : "checkin.gate.edit"));
        setWidth("min(40rem, 100vw)");

        TextField code = new TextField(getTranslation("checkin.gate.code"));
        code.setHelperText(getTranslation("checkin.gate.code.hint"));
        code.setId("gate-code");
        TextField nameZh = new TextField(getTranslation("checkin.gate.name-zh"));
        nameZh.setId("gate-name-zh");
        TextField nameEn = new TextField(getTranslation("checkin.gate.name-en"));
        nameEn.setId("gate-name-en");
        hall.setLabel(getTranslation("checkin.gate.hall"));
        hall.setHelperText(getTranslation("checkin.gate.hall.hint"));
        hall.setItems(halls);
        hall.setEmptySelectionAllowed(true);
        hall.setEmptySelectionCaption(getTranslation("checkin.gate.no-hall"));
        hall.setItemLabelGenerator(h -> h == null ? getTranslation("checkin.gate.no-hall") : h.name(getLocale()));
        hall.setId("gate-hall");
        Checkbox active = new Checkbox(getTranslation("checkin.gate.active"));
        active.setId("gate-active");
        types.setLabel(getTranslation("checkin.gate.types"));
        types.setHelperText(getTranslation("checkin.gate.types.hint"));
        types.setItems(badgeTypes);
        types.setItemLabelGenerator(t -> t.name(getLocale()));
        types.setId("gate-types");

        binder.forField(code).bind("code");
        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(active).bind("active");
        FormLayout form = new FormLayout(code, hall, nameZh, nameEn, active, types);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(types, 2);
        add(form);

        GateDraft original = gateId == null ? new GateDraft() : gates.draftOf(gateId);
        readVersion = original.getVersion();
        binder.readBean(original);
        hall.setValue(halls.stream().filter(h -> original.getHallId() != null && h.id() == original.getHallId()).findFirst()
                .orElse(null));
        var byId = badgeTypes.stream().collect(Collectors.toMap(BadgeTypeSummary::id, Function.identity()));
        types.setValue(original.getAllowedTypeIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("gate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        GateDraft draft = new GateDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        HallSummary chosen = hall.getValue();
        draft.setHallId(chosen == null ? null : chosen.id());
        Set<Long> allowed = types.getValue().stream().map(BadgeTypeSummary::id).collect(Collectors.toSet());
        draft.setAllowedTypeIds(allowed);
        try {
            GateSummary saved = gateId == null ? gates.create(eventId, draft) : gates.update(gateId, draft);
            Toast.success(getTranslation("checkin.gate.saved", saved.name(getLocale())));
            onSaved.run();
            close();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }
}
