package org.expodesk.badge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.expodesk.badge.BadgeFilter;
import org.expodesk.badge.BadgePdfRenderer;
import org.expodesk.badge.BadgePrintJobs;
import org.expodesk.badge.BadgePrintShopExport;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeStatus;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.event.CurrentEvent;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The badges of the current event: find, issue, reprint, reissue and revoke, and print the filtered list four
 * to an A4 sheet. The grid pages in the database; PDFs stream to the browser as they are drawn.
 */
@Route("badges")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 40, title = "nav.badges", icon = "vaadin:barcode")
public class BadgesView extends VerticalLayout implements HasDynamicTitle {

    private final BadgeService badges;
    private final Grid<BadgeSummary> grid = new Grid<>();
    private final Select<BadgeTypeSummary> typeFilter = new Select<>();
    private final Select<BadgeStatus> statusFilter = new Select<>();
    private final TextField search = new TextField();
    /** Read by download requests, which do not run on the UI thread. */
    private volatile BadgeFilter filter = BadgeFilter.all();

    public BadgesView(BadgeService badges, BadgeTypeService types, PersonService persons, BadgePdfRenderer renderer,
            BadgePrintJobs printJobs, BadgePrintShopExport printShop, CurrentEvent currentEvent) {
        this.badges = badges;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        Long eventId = currentEvent.id().orElse(null);
        if (eventId == null) {
            add(new ViewTitle(getTranslation("badge.list.title")));
            Paragraph none = new Paragraph(getTranslation("badge.list.no-event"));
            none.setId("badge-no-event");
            add(none);
            return;
        }
        List<BadgeTypeSummary> eventTypes = types.types(eventId);
        BadgeDownloads downloads = new BadgeDownloads(badges, renderer);

        Button issue = new Button(getTranslation("badge.action.issue"), VaadinIcon.PLUS.create(),
                e -> new IssueBadgeDialog(badges, persons, eventId, eventTypes, this::refresh).open());
        issue.setId("badge-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        BadgePrintPanel printPanel = new BadgePrintPanel(printJobs, eventId);
        Button printButton = new Button(getTranslation("badge.action.print-selection"), VaadinIcon.PRINT.create(),
                e -> printPanel.start(filter));
        printButton.setId("badge-print-selection");
        printButton.setTooltipText(getTranslation("badge.action.print-selection.hint"));
        Anchor export = new Anchor(event -> {
            event.setFileName("badges-" + eventId + "-print-shop.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (var out = event.getOutputStream()) {
                printShop.write(eventId, filter, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("badge.action.export-print-shop"), VaadinIcon.TABLE.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        export.setId("badge-export-print-shop");
        export.setTitle(getTranslation("badge.action.export-print-shop.hint"));
        add(new ViewTitle(getTranslation("badge.list.title"), export, printButton, issue));
        add(filters(eventTypes), printPanel);

        configureGrid(eventId, eventTypes, downloads);
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badge.list.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout filters(List<BadgeTypeSummary> eventTypes) {
        typeFilter.setLabel(getTranslation("badge.field.type"));
        typeFilter.setItems(eventTypes);
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("badge.filter.all-types"));
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("badge.filter.all-types") : t.name(getLocale()));
        typeFilter.setId("badge-filter-type");
        statusFilter.setLabel(getTranslation("badge.field.status"));
        statusFilter.setItems(BadgeStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("badge.filter.all-statuses"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("badge.filter.all-statuses") : getTranslation(s.messageKey()));
        statusFilter.setId("badge-filter-status");
        search.setLabel(getTranslation("badge.filter.search"));
        search.setPlaceholder(getTranslation("badge.filter.search.hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("badge-search");
        typeFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(typeFilter, statusFilter, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void refresh() {
        BadgeTypeSummary type = typeFilter.getValue();
        filter = new BadgeFilter(type == null ? null : type.id(), statusFilter.getValue(), search.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid(long eventId, List<BadgeTypeSummary> eventTypes, BadgeDownloads downloads) {
        grid.setId("badge-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(BadgesView::name).setHeader(getTranslation("badge.field.name"))
                .setSortProperty("nameZh").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(b -> b.organisation() == null ? "" : b.organisation()).setHeader(getTranslation("badge.field.organisation"))
                .setSortProperty("organisation").setWidth("10rem").setFlexGrow(3)
                .setTooltipGenerator(b -> b.organisation() == null ? "" : b.organisation());
        grid.addComponentColumn(this::typeBadge).setHeader(getTranslation("badge.field.type")).setAutoWidth(true);
        grid.addColumn(BadgeSummary::validDaysText).setHeader(getTranslation("badge.field.valid-days")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("badge.field.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addComponentColumn(b -> actions(b, eventTypes, downloads)).setHeader(getTranslation("grid.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> badges.list(eventId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) badges.count(eventId, filter));
        grid.setEmptyStateText(getTranslation("badge.list.empty"));
    }

    private static Component name(BadgeSummary badge) {
        Div name = new Div(new Span(badge.nameZh()));
        if (badge.nameEn() != null) {
            Span en = new Span(" " + badge.nameEn());
            en.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            name.add(en);
        }
        return name;
    }

    /** The type in its own colour, as on the printed badge's band. */
    private Span typeBadge(BadgeSummary badge) {
        BadgeTypeSummary type = badge.type();
        Span span = new Span(type.name(getLocale()));
        span.getElement().getThemeList().add("badge pill");
        java.awt.Color colour = java.awt.Color.decode(type.colour());
        boolean light = (0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue()) / 255 > 0.6;
        span.getStyle().set("background-color", type.colour()).set("color", light ? "#212121" : "#ffffff");
        return span;
    }

    private Span statusBadge(BadgeSummary badge) {
        Span span = new Span(getTranslation(badge.status().messageKey()));
        span.getElement().getThemeList().add("badge pill " + (badge.status() == BadgeStatus.ISSUED ? "success" : "error"));
        if (badge.revokeReason() != null) {
            span.setTitle(badge.revokeReason());
        }
        return span;
    }

    private HorizontalLayout actions(BadgeSummary badge, List<BadgeTypeSummary> eventTypes, BadgeDownloads downloads) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (badge.status() != BadgeStatus.ISSUED) {
            return actions;
        }
        Anchor pdf = new Anchor(downloads.single(badge.id()), AttachmentType.DOWNLOAD, "");
        Button pdfButton = iconButton(VaadinIcon.DOWNLOAD, "badge.action.download", "badge-download");
        pdfButton.setTabIndex(-1);
        pdf.add(pdfButton);
        Button reissue = iconButton(VaadinIcon.REFRESH, "badge.action.reissue", "badge-reissue");
        reissue.addClickListener(e -> new ReissueBadgeDialog(badges, badge, eventTypes, this::refresh).open());
        Button revoke = iconButton(VaadinIcon.BAN, "badge.action.revoke", "badge-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> confirmRevoke(badge));
        actions.add(pdf, reissue, revoke);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String className) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    private void confirmRevoke(BadgeSummary badge) {
        TextField reason = new TextField(getTranslation("badge.field.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("badge-revoke-reason");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("badge.revoke.title", badge.nameZh()));
        confirm.setText(new VerticalLayout(new Paragraph(getTranslation("badge.revoke.text")), reason));
        confirm.setConfirmText(getTranslation("badge.action.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addConfirmListener(e -> {
            try {
                badges.revoke(badge.id(), reason.getValue());
                Toast.success(getTranslation("badge.revoked", badge.nameZh()));
                refresh();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        confirm.open();
    }
}
