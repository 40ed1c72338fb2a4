package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.expodesk.booth.HallService;
import org.expodesk.event.CurrentEvent;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetLabelPdfRenderer;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * What is inspected and who answers for it: add targets, take over the halls and booths of the plan, give every
 * extinguisher of a hall a responsible person at once, and print the QR labels to fix on them.
 */
@Route("safety/targets")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.SAFETY})
@Menu(order = 61, title = "nav.safety-targets", icon = "vaadin:fire")
public class TargetsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<TargetSummary> grid = new Grid<>();
    private final Select<TargetKind> kind = new Select<>();

    public TargetsView(TargetService targets, HallService halls, TargetLabelPdfRenderer labels, CurrentEvent currentEvent) {
        addClassName("view");
        setSizeFull();
        Long eventId = currentEvent.id().orElse(null);
        if (eventId == null) {
            add(new ViewTitle(getTranslation("safety.targets.title")), new Paragraph(getTranslation("safety.no-event")));
            return;
        }
        Button add = new Button(getTranslation("safety.targets.add"), VaadinIcon.PLUS.create(),
                e -> new TargetDialog(targets, halls.halls(eventId), eventId, this::refresh).open());
        add.setId("safety-target-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fromPlan = new Button(getTranslation("safety.targets.from-plan"), e -> {
            int added = targets.addHallsAndBooths(eventId);
            Toast.success(getTranslation("safety.targets.from-plan.done", added));
            refresh();
        });
        fromPlan.setId("safety-target-from-plan");
        Button assign = new Button(getTranslation("safety.assign.title"),
                e -> new AssignDialog(targets, halls.halls(eventId), this::refresh).open());
        assign.setId("safety-target-assign");
        Anchor print = new Anchor(SafetyDownloads.labels(targets, labels, eventId), AttachmentType.DOWNLOAD, "");
        Button printButton = new Button(getTranslation("safety.targets.labels"), VaadinIcon.QRCODE.create());
        printButton.setTabIndex(-1);
        print.add(printButton);
        print.setId("safety-target-labels");
        add(new ViewTitle(getTranslation("safety.targets.title"), fromPlan, assign, print, add));

        kind.setLabel(getTranslation("safety.targets.kind"));
        kind.setItems(TargetKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("safety.targets.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("safety.targets.all-kinds") : getTranslation(k.messageKey()));
        kind.addValueChangeListener(e -> refresh());
        kind.setId("safety-target-kind");
        add(kind);

        grid.setId("safety-target-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> getTranslation(t.kind().messageKey())).setHeader(getTranslation("safety.targets.kind")).setAutoWidth(true);
        grid.addColumn(TargetSummary::name).setHeader(getTranslation("safety.targets.name")).setFlexGrow(2);
        grid.addColumn(t -> t.description() == null ? "" : t.description()).setHeader(getTranslation("safety.targets.description")).setFlexGrow(2);
        grid.addColumn(t -> t.responsible() == null ? getTranslation("safety.targets.nobody") : t.responsible().name())
                .setHeader(getTranslation("safety.targets.responsible")).setAutoWidth(true);
        grid.addColumn(t -> t.responsible() == null ? "" : t.responsible().mobile()).setHeader(getTranslation("safety.targets.mobile")).setAutoWidth(true);
        grid.addColumn(t -> t.responsible() == null ? "" : t.responsible().unit()).setHeader(getTranslation("safety.targets.unit")).setFlexGrow(1);
        grid.addItemDoubleClickListener(e -> new TargetDialog(targets, halls.halls(eventId), eventId, this::refresh)
                .edit(e.getItem()).open());
        grid.setItems(q -> targets.list(eventId, kind.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) targets.count(eventId, kind.getValue()));
        grid.setEmptyStateText(getTranslation("safety.targets.empty"));
        add(grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.targets.title") + " · " + getTranslation("app.name");
    }
}
