package org.expodesk.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.expodesk.booth.BoothFilter;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallSummary;

/** All booths of the event, filtered by hall, status, kind and code, paged and sorted in the database. */
class BoothGrid extends VerticalLayout {

    private final BoothService booths;
    private final long eventId;
    private final Grid<BoothSummary> grid = new Grid<>();
    private final Select<HallSummary> hall = new Select<>();
    private final Select<BoothStatus> status = new Select<>();
    private final Select<BoothKind> kind = new Select<>();
    private final TextField code = new TextField();
    private Map<Long, String> hallCodes = Map.of();

    BoothGrid(BoothService booths, UnitChoices units, long eventId) {
        this.booths = booths;
        this.eventId = eventId;
        setPadding(false);
        setSizeFull();

        hall.setLabel(getTranslation("booth.field.hall"));
        hall.setEmptySelectionAllowed(true);
        hall.setEmptySelectionCaption(getTranslation("booth.filter.all"));
        hall.setItemLabelGenerator(h -> h == null ? getTranslation("booth.filter.all") : h.name(getLocale()));
        hall.setId("booth-filter-hall");
        status.setLabel(getTranslation("booth.field.status"));
        status.setItems(BoothStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("booth.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("booth.filter.all") : getTranslation(s.messageKey()));
        status.setId("booth-filter-status");
        kind.setLabel(getTranslation("booth.field.kind"));
        kind.setItems(BoothKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("booth.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("booth.filter.all") : getTranslation(k.messageKey()));
        kind.setId("booth-filter-kind");
        code.setLabel(getTranslation("booth.field.code"));
        code.setPlaceholder(getTranslation("booth.filter.code"));
        code.setValueChangeMode(ValueChangeMode.LAZY);
        code.setClearButtonVisible(true);
        code.setId("booth-filter-code");
        HorizontalLayout filters = new HorizontalLayout(hall, status, kind, code);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        List.of(hall, status, kind).forEach(f -> f.addValueChangeListener(e -> refresh()));
        code.addValueChangeListener(e -> refresh());

        grid.setId("booth-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(BoothSummary::code).setHeader(getTranslation("booth.field.code")).setSortProperty("code").setAutoWidth(true).setFrozen(true);
        grid.addColumn(b -> hallCodes.getOrDefault(b.hallId(), "")).setHeader(getTranslation("booth.field.hall")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.kind().messageKey())).setHeader(getTranslation("booth.field.kind")).setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(b -> BoothFormat.size(b, this::getTranslation)).setHeader(getTranslation("booth.field.size")).setAutoWidth(true);
        grid.addColumn(b -> BoothFormat.area(b.area(), this::getTranslation)).setHeader(getTranslation("booth.field.area"))
                .setSortProperty("area").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(b -> BoothFormat.price(b.price(), getLocale(), this::getTranslation)).setHeader(getTranslation("booth.field.price"))
                .setSortProperty("price").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(b -> StatusBadge.of(b.status(), getTranslation(b.status().messageKey())))
                .setHeader(getTranslation("booth.field.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(b -> BoothFormat.reservedFor(b, units.byId(), getLocale())).setHeader(getTranslation("booth.field.reserved-for"))
                .setFlexGrow(1).setWidth("8rem");
        grid.addComponentColumn(b -> {
            Button edit = new Button(VaadinIcon.EDIT.create(),
                    e -> new BoothFormDialog(booths, units, b.id(), saved -> grid.getDataProvider().refreshAll()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("booth.action.edit"));
            edit.setTooltipText(getTranslation("booth.action.edit"));
            edit.addClassName("booth-edit");
            return edit;
        }).setHeader(getTranslation("grid.actions")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> booths.list(eventId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) booths.count(eventId, filter()));
        grid.setEmptyStateText(getTranslation("booth.list.empty"));
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    void setHalls(List<HallSummary> halls) {
        HallSummary selected = hall.getValue();
        hall.setItems(halls);
        hall.setValue(selected == null ? null : halls.stream().filter(h -> h.id() == selected.id()).findFirst().orElse(null));
        hallCodes = halls.stream().collect(Collectors.toMap(HallSummary::id, HallSummary::code));
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private BoothFilter filter() {
        return new BoothFilter(hall.getValue() == null ? null : hall.getValue().id(), status.getValue(), kind.getValue(), code.getValue());
    }

    Grid<BoothSummary> grid() {
        return grid;
    }
}
