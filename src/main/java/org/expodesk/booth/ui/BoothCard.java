package org.expodesk.booth.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.booth.BoothHolders;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The card of the booth clicked on the plan: what it is (code, kind, size, area, price, status, reserved for)
 * and what the office can do with it. After an action the plan is redrawn through {@code onChanged}, with
 * the booth to show next (null when it no longer exists).
 */
class BoothCard extends Div {

    private final BoothService booths;
    private final UnitChoices units;
    private final Consumer<@Nullable Long> onChanged;
    private final Runnable onClose;
    private final @Nullable BoothHolders holders;

    BoothCard(BoothService booths, UnitChoices units, @Nullable BoothHolders holders, Consumer<@Nullable Long> onChanged, Runnable onClose) {
        this.booths = booths;
        this.units = units;
        this.holders = holders;
        this.onChanged = onChanged;
        this.onClose = onClose;
        setId("booth-card");
        addClassName("booth-card");
        showHint();
    }

    /** Before any click: says what a click does, and keeps the plan from jumping when the first card opens. */
    void showHint() {
        removeAll();
        addClassName("booth-card--empty");
        com.vaadin.flow.component.html.Paragraph hint = new com.vaadin.flow.component.html.Paragraph(getTranslation("booth.card.hint"));
        hint.setId("booth-card-hint");
        add(hint);
    }

    /** {@code holderName}: the company holding or having the booth, as the exhibitor feature names it. */
    void show(BoothSummary booth, @Nullable String holderName) {
        removeAll();
        removeClassName("booth-card--empty");
        Texts t = this::getTranslation;
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("action.close"));
        close.setId("booth-card-close");
        H3 code = new H3(booth.code());
        code.setId("booth-card-code");
        Div header = new Div(code, statusBadge(booth.status()), close);
        header.addClassName("booth-card__header");
        add(header);

        Div facts = new Div();
        facts.addClassName("booth-card__facts");
        fact(facts, "booth.field.kind", getTranslation(booth.kind().messageKey()));
        fact(facts, "booth.field.size", BoothFormat.size(booth, t));
        fact(facts, "booth.field.area", BoothFormat.area(booth.area(), t));
        fact(facts, "booth.field.price", BoothFormat.price(booth.price(), getLocale(), t));
        fact(facts, "booth.field.position", getTranslation("booth.unit.position", BoothFormat.metres(booth.x()), BoothFormat.metres(booth.y())));
        String reserved = BoothFormat.reservedFor(booth, units.byId(), getLocale());
        if (!reserved.isEmpty()) {
            fact(facts, "booth.field.reserved-for", reserved);
        }
        if (holderName != null) {
            fact(facts, "booth.field.holder", holderName);
        }
        if (booth.status() == BoothStatus.HELD && booth.holdExpiresAt() != null) {
            fact(facts, "booth.field.hold-expires", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(ZoneId.of("Asia/Shanghai")).format(booth.holdExpiresAt()));
        }
        add(facts);
        add(actions(booth));
    }

    private Component actions(BoothSummary booth) {
        boolean taken = booth.status().isTaken();
        Button edit = action("booth.action.edit", VaadinIcon.EDIT, "booth-card-edit",
                () -> new BoothFormDialog(booths, units, booth.id(), saved -> onChanged.accept(saved.id())).open());
        boolean blocked = booth.status() == BoothStatus.BLOCKED;
        Button block = action(blocked ? "booth.action.unblock" : "booth.action.block", blocked ? VaadinIcon.UNLOCK : VaadinIcon.LOCK,
                "booth-card-block", () -> run(() -> booths.setBlocked(booth.ref(), !blocked).id()));
        Button split = action("booth.action.split", VaadinIcon.SPLIT_H, "booth-card-split",
                () -> new SplitDialog(booths, booth, parts -> onChanged.accept(parts.getFirst().id())).open());
        Button delete = action("action.delete", VaadinIcon.TRASH, "booth-card-delete", () -> confirmDelete(booth));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(block, split, delete)) {
            b.setEnabled(!taken);
            if (taken) {
                b.setTooltipText(getTranslation("booth.card.taken"));
            }
        }
        FlexLayout buttons = new FlexLayout(edit, block, split, delete);
        buttons.addClassName("booth-card__actions");
        Div actions = new Div(buttons);
        if (booth.status() == BoothStatus.FREE) {
            actions.add(mergeRow(booth));
        }
        BoothHolders companies = holders;
        if (companies != null) {
            actions.add(allocationRow(booth, companies));
        }
        return actions;
    }

    /** Merge with a neighbour: only the free booths that form a rectangle with this one are offered. */
    private Component mergeRow(BoothSummary booth) {
        List<BoothSummary> candidates = booths.mergeCandidates(booth.id());
        Select<BoothSummary> neighbour = new Select<>();
        neighbour.setId("booth-card-neighbour");
        neighbour.setLabel(getTranslation("booth.card.merge-with"));
        neighbour.setItems(candidates);
        neighbour.setItemLabelGenerator(BoothSummary::code);
        neighbour.setEmptySelectionAllowed(false);
        neighbour.setPlaceholder(getTranslation(candidates.isEmpty() ? "booth.card.no-neighbour" : "booth.card.choose-neighbour"));
        neighbour.setEnabled(!candidates.isEmpty());
        Button merge = new Button(getTranslation("booth.action.merge"), VaadinIcon.CONNECT.create(), e -> {
            BoothSummary other = neighbour.getValue();
            if (other != null) {
                run(() -> booths.merge(List.of(booth.ref(), other.ref())).id());
            }
        });
        merge.setId("booth-card-merge");
        merge.setEnabled(false);
        neighbour.addValueChangeListener(e -> merge.setEnabled(e.getValue() != null));
        FlexLayout row = new FlexLayout(neighbour, merge);
        row.addClassName("booth-card__merge");
        return row;
    }

    /**
     * Free or reserved: choose an approved company and assign. Held or assigned: take the booth back. Losing a
     * race to another office user or a company's own pick shows the translated "already taken" answer.
     */
    private Component allocationRow(BoothSummary booth, BoothHolders companies) {
        if (booth.status().isTaken()) {
            Button release = action("booth.action.release", VaadinIcon.ARROW_BACKWARD, "booth-card-release", () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("booth.release.title", booth.code()),
                        getTranslation("booth.release.text"), getTranslation("booth.action.release"), e -> run(() -> {
                            companies.release(booth.id());
                            return booth.id();
                        }));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            FlexLayout row = new FlexLayout(release);
            row.addClassName("booth-card__merge");
            return row;
        }
        if (booth.status() != BoothStatus.FREE && booth.status() != BoothStatus.RESERVED) {
            return new Div();
        }
        com.vaadin.flow.component.combobox.ComboBox<BoothHolders.Holder> company = new com.vaadin.flow.component.combobox.ComboBox<>();
        company.setId("booth-card-company");
        company.setLabel(getTranslation("booth.card.assign-to"));
        company.setPlaceholder(getTranslation("booth.card.assign-placeholder"));
        company.setItemLabelGenerator(BoothHolders.Holder::name);
        company.setItems(query -> companies.candidates(booth.eventId(), query.getFilter().orElse(""),
                query.getOffset() + query.getLimit(), getLocale()).stream().skip(query.getOffset()).limit(query.getLimit()));
        Button assign = new Button(getTranslation("booth.action.assign"), VaadinIcon.CHECK.create(), e -> {
            BoothHolders.Holder chosen = company.getValue();
            if (chosen != null) {
                run(() -> {
                    companies.assign(booth.id(), chosen.id());
                    return booth.id();
                });
            }
        });
        assign.setId("booth-card-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(false);
        company.addValueChangeListener(e -> assign.setEnabled(e.getValue() != null));
        FlexLayout row = new FlexLayout(company, assign);
        row.addClassName("booth-card__merge");
        return row;
    }

    private void confirmDelete(BoothSummary booth) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("booth.delete.title", booth.code()),
                getTranslation("booth.delete.text"), getTranslation("action.delete"),
                e -> run(() -> {
                    booths.delete(booth.ref());
                    return null;
                }));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void run(java.util.function.Supplier<@Nullable Long> action) {
        try {
            onChanged.accept(action.get());
        } catch (BusinessRuleException e) {
            Toast.error(String.join(" ", BoothFormat.reasons(e, this::getTranslation)));
        }
    }

    private Button action(String key, VaadinIcon icon, String id, Runnable run) {
        Button button = new Button(getTranslation(key), icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("booth-card__label");
        Span text = new Span(value);
        text.addClassName("booth-card__value");
        facts.add(label, text);
    }

    private Span statusBadge(BoothStatus status) {
        return StatusBadge.of(status, getTranslation(status.messageKey()));
    }
}
