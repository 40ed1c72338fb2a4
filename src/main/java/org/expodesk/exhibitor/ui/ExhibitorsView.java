package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import java.util.Optional;
import org.expodesk.booth.BoothService;
import org.expodesk.event.CurrentEvent;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.ExhibitorCategory;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The office's review queue (参展商审核): the current event's registrations, filtered by status, category,
 * famous brand and local enterprise or found by name or credit code, paged in the database. A click opens the
 * detail with the history and the actions: approve, reject with a reason, waiting list, assign a booth.
 */
@StyleSheet("styles/exhibitor.css")
@Route("exhibitors")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 32, title = "nav.exhibitors", icon = "vaadin:shop")
public class ExhibitorsView extends VerticalLayout implements HasDynamicTitle {

    private final ExhibitorService exhibitors;
    private final AllocationService allocations;
    private final BoothService booths;
    private final Grid<ExhibitorSummary> grid = new Grid<>();
    private final Select<RegistrationStatus> status = new Select<>();
    private final Select<ExhibitorCategory> category = new Select<>();
    private final Select<Boolean> famous = yesNo("famous");
    private final Select<Boolean> local = yesNo("local");
    private final TextField text = new TextField();
    private long eventId;

    public ExhibitorsView(CurrentEvent currentEvent, ExhibitorService exhibitors, AllocationService allocations, BoothService booths) {
        this.exhibitors = exhibitors;
        this.allocations = allocations;
        this.booths = booths;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        Optional<Long> current = currentEvent.id();
        if (current.isEmpty()) {
            add(new ViewTitle(getTranslation("exhibitor.queue.title")));
            Paragraph none = new Paragraph(getTranslation("booth.no-event"));
            none.setId("exhibitors-no-event");
            add(none);
            return;
        }
        eventId = current.get();
        Anchor publicPage = new Anchor("register/" + eventId, getTranslation("exhibitor.queue.public-page"));
        publicPage.setId("exhibitors-public-page");
        publicPage.setTarget("_blank");
        add(new ViewTitle(getTranslation("exhibitor.queue.title"), publicPage), filters(), grid);
        configureGrid();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibitor.queue.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout filters() {
        status.setId("exhibitor-filter-status");
        status.setLabel(getTranslation("exhibitor.field.status"));
        status.setItems(RegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("booth.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("booth.filter.all") : getTranslation(s.messageKey()));
        category.setId("exhibitor-filter-category");
        category.setLabel(getTranslation("exhibitor.field.category"));
        category.setItems(ExhibitorCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("booth.filter.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("booth.filter.all") : getTranslation(c.messageKey()));
        famous.setLabel(getTranslation("exhibitor.field.famous-brand"));
        local.setLabel(getTranslation("exhibitor.field.local"));
        text.setId("exhibitor-filter-text");
        text.setLabel(getTranslation("exhibitor.queue.search"));
        text.setPlaceholder(getTranslation("exhibitor.queue.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(status, category, famous, local).forEach(f -> f.addValueChangeListener(e -> refresh()));
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, category, famous, local, text);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Select<Boolean> yesNo(String id) {
        Select<Boolean> select = new Select<>();
        select.setId("exhibitor-filter-" + id);
        select.setItems(Boolean.TRUE, Boolean.FALSE);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("booth.filter.all"));
        select.setItemLabelGenerator(b -> b == null ? getTranslation("booth.filter.all") : getTranslation(b ? "exhibitor.yes" : "exhibitor.no"));
        return select;
    }

    private void configureGrid() {
        grid.setId("exhibitor-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.name(getLocale())).setHeader(getTranslation("exhibitor.field.name")).setSortProperty("nameZh")
                .setFlexGrow(2).setWidth("14rem").setFrozen(true);
        grid.addColumn(ExhibitorSummary::creditCode).setHeader(getTranslation("exhibitor.field.credit-code")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.category().messageKey())).setHeader(getTranslation("exhibitor.field.category"))
                .setSortProperty("category").setAutoWidth(true);
        grid.addColumn(e -> flags(e)).setHeader(getTranslation("exhibitor.queue.flags")).setAutoWidth(true);
        grid.addColumn(ExhibitorSummary::contactName).setHeader(getTranslation("exhibitor.field.contact")).setAutoWidth(true);
        grid.addColumn(e -> ExhibitorTexts.time(e.submittedAt())).setHeader(getTranslation("exhibitor.field.submitted"))
                .setSortProperty("submittedAt").setAutoWidth(true);
        grid.addComponentColumn(e -> ExhibitorTexts.status(this, e.status())).setHeader(getTranslation("exhibitor.field.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.setItems(query -> exhibitors.list(eventId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) exhibitors.count(eventId, filter()));
        grid.setEmptyStateText(getTranslation("exhibitor.queue.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private String flags(ExhibitorSummary e) {
        String famousText = e.famousBrand() ? getTranslation("exhibitor.flag.famous") : "";
        String localText = e.localEnterprise() ? getTranslation("exhibitor.flag.local") : "";
        return (famousText + " " + localText).strip();
    }

    void open(ExhibitorSummary exhibitor) {
        new ExhibitorDetailDialog(exhibitors, allocations, booths, exhibitor.id(), this::refresh).open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private ExhibitorFilter filter() {
        @Nullable String search = text.getValue();
        return new ExhibitorFilter(status.getValue(), category.getValue(), famous.getValue(), local.getValue(), search);
    }

    Grid<ExhibitorSummary> grid() {
        return grid;
    }
}
