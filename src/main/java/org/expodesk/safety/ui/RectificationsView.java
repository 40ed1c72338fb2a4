package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.expodesk.event.CurrentEvent;
import org.expodesk.safety.RectificationService;
import org.expodesk.safety.RectificationStatus;
import org.expodesk.safety.RectificationSummary;
import org.expodesk.safety.Severity;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The event's rectifications, overdue ones in red at the top; inspectors re-check from here. Deadlines are shown in
 * the event's time zone, as they were set.
 */
@Route("safety/rectifications")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.SAFETY})
@Menu(order = 62, title = "nav.safety-rectifications", icon = "vaadin:warning")
public class RectificationsView extends VerticalLayout implements HasDynamicTitle {

    private final RectificationService rectifications;
    private final Grid<RectificationSummary> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();

    public RectificationsView(RectificationService rectifications, CurrentEvent currentEvent) {
        this.rectifications = rectifications;
        addClassName("view");
        setSizeFull();
        add(new ViewTitle(getTranslation("safety.rect.title")));
        Long eventId = currentEvent.id().orElse(null);
        if (eventId == null) {
            add(new Paragraph(getTranslation("safety.no-event")));
            return;
        }
        openOnly.setLabel(getTranslation("safety.rect.open-only"));
        openOnly.setValue(true);
        openOnly.setId("safety-rect-open-only");
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.setId("safety-rect-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::state).setHeader(getTranslation("safety.rect.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RectificationSummary::targetName).setHeader(getTranslation("safety.rect.target")).setFlexGrow(1);
        grid.addColumn(r -> r.item(getLocale())).setHeader(getTranslation("safety.rect.item")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.severity().messageKey())).setHeader(getTranslation("safety.rect.severity")).setAutoWidth(true);
        grid.addColumn(r -> r.owner().name() + " " + r.owner().mobile()).setHeader(getTranslation("safety.rect.owner")).setAutoWidth(true);
        grid.addColumn(r -> format.format(r.deadline())).setHeader(getTranslation("safety.rect.deadline")).setAutoWidth(true);
        if (CurrentUser.hasRole(Role.SAFETY) || CurrentUser.hasRole(Role.ADMIN)) {
            grid.addComponentColumn(r -> {
                Button recheck = new Button(getTranslation("safety.rect.recheck"),
                        e -> new RecheckDialog(rectifications, r, () -> grid.getDataProvider().refreshAll()).open());
                recheck.setId("safety-recheck");
                recheck.setVisible(r.status() == RectificationStatus.OPEN);
                return recheck;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(q -> rectifications.list(eventId, openOnly.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) rectifications.count(eventId, openOnly.getValue()));
        grid.setEmptyStateText(getTranslation("safety.rect.empty"));
        add(openOnly, grid);
        setFlexGrow(1, grid);
    }

    private Span state(RectificationSummary r) {
        String key = r.overdue() ? "safety.rect.overdue" : r.status().messageKey();
        Span span = new Span(getTranslation(key));
        span.getElement().getThemeList().add("badge pill " + (r.overdue() || r.severity() == Severity.CRITICAL && r.status() == RectificationStatus.OPEN
                ? "error primary" : r.status() == RectificationStatus.CLOSED ? "success" : "warning"));
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.rect.title") + " · " + getTranslation("app.name");
    }
}
