package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.safety.ContingencyPdfRenderer;
import org.expodesk.safety.ContingencyService;
import org.expodesk.safety.PlanSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/** The event's contingency plans (预案): who to call and what to do, per incident; one PDF of all for offline use. */
@Route("safety/plans")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.SAFETY})
@Menu(order = 63, title = "nav.safety-plans", icon = "vaadin:book")
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final ContingencyService plans;
    private final Div list = new Div();

    public PlansView(ContingencyService plans, EventService events, ContingencyPdfRenderer renderer, CurrentEvent currentEvent) {
        this.plans = plans;
        addClassName("view");
        Long eventId = currentEvent.id().orElse(null);
        if (eventId == null) {
            add(new ViewTitle(getTranslation("safety.plans.title")), new Paragraph(getTranslation("safety.no-event")));
            return;
        }
        Button starter = new Button(getTranslation("safety.plans.starter"), e -> {
            Toast.success(getTranslation("safety.plans.starter.done", plans.addStarterPlans(eventId)));
            show(eventId);
        });
        starter.setId("safety-plans-starter");
        Anchor pdf = new Anchor(SafetyDownloads.plans(plans, events, renderer, eventId), AttachmentType.DOWNLOAD, "");
        Button pdfButton = new Button(getTranslation("safety.plans.pdf"), VaadinIcon.DOWNLOAD.create());
        pdfButton.setTabIndex(-1);
        pdf.add(pdfButton);
        pdf.setId("safety-plans-pdf");
        add(new ViewTitle(getTranslation("safety.plans.title"), starter, pdf), list);
        list.setWidthFull();
        show(eventId);
    }

    private void show(long eventId) {
        list.removeAll();
        var all = plans.plans(eventId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("safety.plans.empty")));
        }
        for (PlanSummary plan : all) {
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            plan.contacts().forEach(c -> body.add(new Paragraph(c.name() + " · " + c.role() + " · " + c.mobile())));
            OrderedList steps = new OrderedList();
            plan.steps().forEach(s -> steps.add(new ListItem(s.text(getLocale()))));
            body.add(steps);
            Details details = new Details(plan.title(getLocale()) + " · " + getTranslation(plan.kind().messageKey()), body);
            details.setWidthFull();
            list.add(details);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.plans.title") + " · " + getTranslation("app.name");
    }
}
