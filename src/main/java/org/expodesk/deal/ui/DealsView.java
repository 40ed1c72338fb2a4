package org.expodesk.deal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.expodesk.deal.Amounts;
import org.expodesk.deal.DealFilter;
import org.expodesk.deal.DealKind;
import org.expodesk.deal.DealService;
import org.expodesk.deal.DealStatus;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.Industry;
import org.expodesk.event.CurrentEvent;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;

/** The current event's deals: a lazy grid (paged and sorted in the database) with filters, and the deal form. */
@Route("deals")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 50, title = "nav.deals", icon = "vaadin:handshake")
public class DealsView extends VerticalLayout implements HasDynamicTitle {

    private final DealService deals;
    private final Grid<DealSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<UnitSummary> unit = new Select<>();
    private final Select<Industry> industry = new Select<>();
    private final Select<DealKind> kind = new Select<>();
    private final Select<DealStatus> status = new Select<>();
    private List<UnitSummary> units = List.of();
    private long eventId;

    public DealsView(CurrentEvent currentEvent, DealService deals, UnitService unitService) {
        this.deals = deals;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        Button add = new Button(getTranslation("deal.new"), VaadinIcon.PLUS.create(),
                e -> new DealFormDialog(deals, units, eventId, null, s -> refresh()).open());
        add.setId("deal-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("deal.list.title"), add));
        Optional<Long> current = currentEvent.id();
        if (current.isEmpty()) {
            add.setEnabled(false);
            Paragraph none = new Paragraph(getTranslation("deal.no-event"));
            none.setId("deals-no-event");
            add(none);
            return;
        }
        eventId = current.get();
        units = unitService.tree();
        add(filters(), grid);
        configureGrid();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deal.list.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout filters() {
        text.setLabel(getTranslation("deal.field.project"));
        text.setPlaceholder(getTranslation("deal.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("deal-filter-text");
        text.addValueChangeListener(e -> refresh());
        unit.setLabel(getTranslation("deal.field.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("deal.filter.all") : u.name(getLocale()));
        choice(unit);
        industry.setLabel(getTranslation("deal.field.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> i == null ? getTranslation("deal.filter.all") : getTranslation(i.messageKey()));
        choice(industry);
        kind.setLabel(getTranslation("deal.field.kind"));
        kind.setItems(DealKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("deal.filter.all") : getTranslation(k.messageKey()));
        choice(kind);
        status.setLabel(getTranslation("deal.field.status"));
        status.setItems(DealStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("deal.filter.all") : getTranslation(s.messageKey()));
        choice(status);
        HorizontalLayout filters = new HorizontalLayout(text, unit, industry, kind, status);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private <T> void choice(Select<T> select) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("deal.filter.all"));
        select.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("deal-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> d.project(getLocale())).setHeader(getTranslation("deal.field.project")).setSortProperty("projectZh")
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(d -> d.investor(getLocale())).setHeader(getTranslation("deal.field.investor")).setSortProperty("investorZh")
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(d -> d.unitName(getLocale())).setHeader(getTranslation("deal.field.unit")).setSortProperty("unitNameZh").setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.industry().messageKey())).setHeader(getTranslation("deal.field.industry")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(Amounts.wanKey(d.currency()), Amounts.number(d.amountWan())))
                .setHeader(getTranslation("deal.field.amount.short")).setSortProperty("amountWan").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("deal.field.kind")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("deal.field.status")).setSortProperty("status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> deals.list(eventId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) deals.count(eventId, filter()));
        grid.setEmptyStateText(getTranslation("deal.list.empty"));
    }

    private HorizontalLayout actions(DealSummary deal) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new DealFormDialog(deals, units, eventId, deal.id(), s -> refresh()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("deal.edit"));
        edit.setTooltipText(getTranslation("deal.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(deal));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(DealSummary deal) {
        ConfirmDialog confirm = ConfirmDeletion.of(getTranslation("deal.delete.title", deal.project(getLocale())),
                getTranslation("deal.delete.text"), () -> {
                    deals.delete(deal.id());
                    Toast.success(getTranslation("deal.deleted", deal.project(getLocale())));
                    refresh();
                });
        confirm.open();
    }

    private DealFilter filter() {
        return new DealFilter(text.getValue(), unit.getValue() == null ? null : unit.getValue().id(), industry.getValue(),
                kind.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
