package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.expodesk.booth.BoothFilter;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.exhibitor.AllocatedBooth;
import org.expodesk.exhibitor.AllocationOutcome;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.exhibitor.StatusChange;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.springframework.data.domain.PageRequest;

/**
 * One registration in full, its history (who moved it when, and why), its booths, and what the office can
 * do: approve, put on the waiting list, reject with a reason, assign a free booth, take a booth back. After
 * every action the dialog shows the registration afresh and the queue is refreshed.
 */
class ExhibitorDetailDialog extends Dialog {

    private final ExhibitorService exhibitors;
    private final AllocationService allocations;
    private final BoothService booths;
    private final long exhibitorId;
    private final Runnable onChanged;

    ExhibitorDetailDialog(ExhibitorService exhibitors, AllocationService allocations, BoothService booths, long exhibitorId,
            Runnable onChanged) {
        this.exhibitors = exhibitors;
        this.allocations = allocations;
        this.booths = booths;
        this.exhibitorId = exhibitorId;
        this.onChanged = onChanged;
        setId("exhibitor-detail");
        setWidth("min(48rem, 96vw)");
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("exhibitor-detail-close");
        getFooter().add(close);
        show();
    }

    private void show() {
        removeAll();
        ExhibitorSummary e = exhibitors.find(exhibitorId).orElse(null);
        if (e == null) {
            close();
            return;
        }
        setHeaderTitle(e.name(getLocale()));
        Div facts = new Div();
        facts.addClassName("exhibitor-facts");
        fact(facts, "exhibitor.field.status", ExhibitorTexts.status(this, e.status()));
        if (e.statusReason() != null) {
            fact(facts, "exhibitor.field.reason", new Span(e.statusReason()));
        }
        fact(facts, "exhibitor.field.name-zh", new Span(e.nameZh()));
        if (e.nameEn() != null) {
            fact(facts, "exhibitor.field.name-en", new Span(e.nameEn()));
        }
        fact(facts, "exhibitor.field.credit-code", new Span(e.creditCode()));
        fact(facts, "exhibitor.field.address", new Span(e.address()));
        fact(facts, "exhibitor.field.contact", new Span(e.contactName() + " · " + e.mobile() + (e.email() == null ? "" : " · " + e.email())));
        fact(facts, "exhibitor.field.category", new Span(getTranslation(e.category().messageKey())));
        fact(facts, "exhibitor.field.products", new Span(e.products()));
        fact(facts, "exhibitor.field.famous-brand", new Span(e.famousBrand()
                ? getTranslation("exhibitor.yes") + (e.famousBrandEvidence() == null ? "" : " · " + e.famousBrandEvidence()) : getTranslation("exhibitor.no")));
        fact(facts, "exhibitor.field.local", new Span(getTranslation(e.localEnterprise() ? "exhibitor.yes" : "exhibitor.no")));
        fact(facts, "exhibitor.field.wishes", new Span(wishes(e)));
        fact(facts, "exhibitor.field.staff-count", new Span(String.valueOf(e.staffCount())));
        add(facts, actions(e), boothSection(e), historySection());
    }

    private String wishes(ExhibitorSummary e) {
        String kind = e.wishKind() == null ? getTranslation("exhibitor.field.any") : getTranslation(e.wishKind().messageKey());
        String area = e.wishArea() == null ? "" : " · " + getTranslation("booth.unit.area", e.wishArea().stripTrailingZeros().toPlainString());
        String codes = e.wishBooths().isEmpty() ? "" : " · " + String.join(", ", e.wishBooths());
        return kind + area + codes;
    }

    private Component actions(ExhibitorSummary e) {
        TextArea reason = new TextArea(getTranslation("exhibitor.field.reason"));
        reason.setId("exhibitor-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button approve = button("exhibitor.action.approve", "exhibitor-approve", () -> exhibitors.approve(e.id(), e.version()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button waitlist = button("exhibitor.action.waitlist", "exhibitor-waitlist", () -> exhibitors.waitlist(e.id(), e.version(), reason.getValue()));
        Button reject = button("exhibitor.action.reject", "exhibitor-reject", () -> exhibitors.reject(e.id(), e.version(), reason.getValue()));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.setVisible(e.status().next().contains(RegistrationStatus.APPROVED));
        waitlist.setVisible(e.status().next().contains(RegistrationStatus.WAITLISTED));
        reject.setVisible(e.status().next().contains(RegistrationStatus.REJECTED));
        FlexLayout buttons = new FlexLayout(approve, waitlist, reject);
        buttons.addClassName("exhibitor-actions");
        return new Div(reason, buttons);
    }

    private Component boothSection(ExhibitorSummary e) {
        Div section = new Div(new H3(getTranslation("exhibitor.detail.booths")));
        List<AllocatedBooth> mine = allocations.boothsOf(e.id());
        UnorderedList list = new UnorderedList();
        list.setId("exhibitor-booths");
        for (AllocatedBooth b : mine) {
            Button release = new Button(getTranslation("booth.action.release"), click -> act(() -> allocations.release(b.boothId())));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span(b.code() + " · " + getTranslation(b.state().messageKey()) + " · "
                    + getTranslation("booth.unit.area", b.area().stripTrailingZeros().toPlainString())), release));
        }
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("exhibitor.detail.no-booths")));
        }
        section.add(list);
        if (e.status() == RegistrationStatus.APPROVED) {
            ComboBox<BoothSummary> booth = new ComboBox<>(getTranslation("exhibitor.detail.free-booth"));
            booth.setId("exhibitor-assign-booth");
            booth.setItemLabelGenerator(b -> b.code() + " · " + getTranslation(b.kind().messageKey()) + " · "
                    + getTranslation("booth.unit.area", b.area().stripTrailingZeros().toPlainString()));
            booth.setItems(query -> booths.list(e.eventId(), new BoothFilter(null, BoothStatus.FREE, null, query.getFilter().orElse("")),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            Button assign = new Button(getTranslation("booth.action.assign"), click -> {
                BoothSummary chosen = booth.getValue();
                if (chosen != null) {
                    act(() -> {
                        AllocationOutcome outcome = allocations.assign(chosen.id(), e.id());
                        if (outcome instanceof AllocationOutcome.AlreadyTaken) {
                            Toast.error(getTranslation(outcome.messageKey(), outcome.boothCode()));
                        } else {
                            Toast.success(getTranslation(outcome.messageKey(), outcome.boothCode()));
                        }
                        return outcome;
                    });
                }
            });
            assign.setId("exhibitor-assign");
            FlexLayout row = new FlexLayout(booth, assign);
            row.addClassName("exhibitor-assign");
            section.add(row);
        }
        return section;
    }

    private Component historySection() {
        UnorderedList list = new UnorderedList();
        list.setId("exhibitor-history");
        for (StatusChange c : exhibitors.history(exhibitorId)) {
            String move = (c.from() == null ? "" : getTranslation(c.from().messageKey()) + " → ") + getTranslation(c.to().messageKey());
            String text = ExhibitorTexts.time(c.changedAt()) + " · " + c.changedBy() + " · " + move
                    + (c.reason() == null ? "" : " · " + c.reason());
            list.add(new ListItem(text));
        }
        return new Div(new H3(getTranslation("exhibitor.detail.history")), list);
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), e -> act(() -> {
            action.run();
            return null;
        }));
        button.setId(id);
        return button;
    }

    private void act(java.util.function.Supplier<?> action) {
        try {
            action.get();
            onChanged.run();
            show();
        } catch (BusinessRuleException ex) {
            Toast.error(ExhibitorTexts.reason(this, ex));
        }
    }

    private void act(Runnable action) {
        act(() -> {
            action.run();
            return null;
        });
    }

    private void fact(Div facts, String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("exhibitor-facts__label");
        facts.add(label, value);
    }
}
