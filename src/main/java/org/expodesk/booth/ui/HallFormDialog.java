package org.expodesk.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/** Create or edit a hall: code, names, size in metres, capacity and doors. A hall never shrinks under its booths. */
class HallFormDialog extends Dialog {

    private final BeanValidationBinder<HallDraft> binder = new BeanValidationBinder<>(HallDraft.class);
    private final EntranceEditor entrances = new EntranceEditor();
    private final ReasonList reasons = new ReasonList();
    private final HallService halls;
    private final long eventId;
    private final @Nullable Long hallId;
    private final @Nullable Long readVersion;
    private final Consumer<HallSummary> onSaved;

    HallFormDialog(HallService halls, long eventId, @Nullable Long hallId, Consumer<HallSummary> onSaved) {
        this.halls = halls;
        this.eventId = eventId;
        this.hallId = hallId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(hallId == null ? "booth.hall.new" : "booth.hall.edit"));
        setWidth("min(46rem, 100vw)");

        TextField code = new TextField(getTranslation("booth.hall.code"));
        code.setHelperText(getTranslation("booth.hall.code.hint"));
        code.setId("hall-code");
        TextField nameZh = new TextField(getTranslation("booth.hall.name-zh"));
        nameZh.setId("hall-name-zh");
        TextField nameEn = new TextField(getTranslation("booth.hall.name-en"));
        nameEn.setId("hall-name-en");
        BigDecimalField width = metres("booth.hall.width", "hall-width");
        width.setHelperText(getTranslation("booth.hall.width.hint"));
        BigDecimalField depth = metres("booth.hall.depth", "hall-depth");
        depth.setHelperText(getTranslation("booth.hall.depth.hint"));
        IntegerField capacity = new IntegerField(getTranslation("booth.hall.capacity"));
        capacity.setSuffixComponent(new Span(getTranslation("booth.unit.people")));
        IntegerField sortOrder = new IntegerField(getTranslation("booth.hall.sort-order"));

        binder.forField(code).bind("code");
        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(width).bind("width");
        binder.forField(depth).bind("depth");
        binder.forField(capacity).bind("capacity");
        binder.forField(sortOrder).withConverter(v -> v == null ? 0 : v, v -> v).bind("sortOrder");

        FormLayout form = new FormLayout(code, sortOrder, nameZh, nameEn, width, depth, capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        H4 doors = new H4(getTranslation("booth.hall.entrances"));
        doors.addClassName("dialog-section");
        Span doorsHint = new Span(getTranslation("booth.hall.entrances.hint"));
        doorsHint.addClassName("dialog-hint");
        add(form, doors, doorsHint, entrances, reasons);

        HallDraft original = hallId == null ? new HallDraft() : halls.draftOf(hallId);
        readVersion = original.getVersion();
        binder.readBean(original);
        entrances.setValue(original.getEntrances());

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("hall-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private BigDecimalField metres(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setSuffixComponent(new Span(getTranslation("booth.unit.metres")));
        field.setId(id);
        return field;
    }

    private void save() {
        HallDraft draft = new HallDraft();
        draft.setVersion(readVersion);
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        draft.setEntrances(entrances.getValue());
        try {
            HallSummary saved = hallId == null ? halls.create(eventId, draft) : halls.update(hallId, draft);
            Toast.success(getTranslation("booth.hall.saved", saved.name(getLocale())));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException e) {
            reasons.show(BoothFormat.reasons(e, this::getTranslation));
        }
    }
}
