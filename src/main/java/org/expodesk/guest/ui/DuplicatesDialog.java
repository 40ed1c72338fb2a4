package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.expodesk.guest.DuplicateGroup;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/**
 * Probable duplicates of the event, group by group; "keep" on one guest merges the others of the group into it.
 * Nothing is lost: invitations, answers, notes and history move to the guest kept.
 */
class DuplicatesDialog extends Dialog {

    private final GuestService guests;
    private final long eventId;
    private final Runnable changed;
    private final Div groups = new Div();

    DuplicatesDialog(GuestService guests, long eventId, Runnable changed) {
        this.guests = guests;
        this.eventId = eventId;
        this.changed = changed;
        setHeaderTitle(getTranslation("guest.duplicates.title"));
        setWidth("min(56rem, 96vw)");
        groups.setId("guest-duplicates");
        add(new Paragraph(getTranslation("guest.duplicates.hint")), groups);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        refresh();
    }

    private void refresh() {
        groups.removeAll();
        List<DuplicateGroup> found = guests.duplicates(eventId);
        if (found.isEmpty()) {
            groups.add(new Paragraph(getTranslation("guest.duplicates.none")));
        }
        for (DuplicateGroup group : found) {
            groups.add(new H3(getTranslation(group.reason().messageKey(), group.key())));
            for (GuestSummary g : group.guests()) {
                Span who = new Span(g.nameZh() + (g.nameEn() == null ? "" : " (" + g.nameEn() + ")") + " · "
                        + (g.organisation() == null ? "" : g.organisation()) + " · " + (g.mobile() == null ? "" : g.mobile())
                        + " · " + getTranslation(g.answer().messageKey()));
                Button keep = new Button(getTranslation("guest.duplicates.keep"), e -> keep(g, group));
                keep.addClassName("guest-keep");
                HorizontalLayout row = new HorizontalLayout(keep, who);
                row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
                groups.add(row);
            }
        }
    }

    private void keep(GuestSummary kept, DuplicateGroup group) {
        try {
            for (GuestSummary other : group.guests()) {
                if (other.id() != kept.id()) {
                    guests.merge(kept.id(), other.id());
                }
            }
            Toast.success(getTranslation("guest.duplicates.merged", kept.nameZh()));
            changed.run();
            refresh();
        } catch (BusinessRuleException ex) {
            Toast.error(ex);
        }
    }
}
