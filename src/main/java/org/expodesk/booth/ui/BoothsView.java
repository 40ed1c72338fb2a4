package org.expodesk.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.CurrentEvent;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;

/**
 * Halls and booths of the current event: the halls with their size, doors and capacity; blocks of booths
 * generated with a live preview; and every booth in a filtered grid with its edit form.
 */
@StyleSheet("styles/booth.css")
@Route("booths")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 31, title = "nav.booths", icon = "vaadin:grid-small")
public class BoothsView extends VerticalLayout implements HasDynamicTitle {

    private final HallService halls;
    private final BoothService booths;
    private final UnitChoices units;
    private final Grid<HallSummary> hallGrid = new Grid<>();
    private final Button generate;
    private @org.jspecify.annotations.Nullable BoothGrid boothGrid;
    private long eventId;
    private List<HallSummary> hallList = List.of();

    public BoothsView(CurrentEvent currentEvent, HallService halls, BoothService booths, UnitService unitService) {
        this.halls = halls;
        this.booths = booths;
        this.units = new UnitChoices(unitService);
        addClassName("view");
        setSizeFull();
        setPadding(false);

        Button newHall = new Button(getTranslation("booth.hall.new"), VaadinIcon.PLUS.create(),
                e -> new HallFormDialog(halls, eventId, null, saved -> reloadHalls()).open());
        newHall.setId("hall-new");
        generate = new Button(getTranslation("booth.block.open"), VaadinIcon.GRID_SMALL.create(), e -> openBlockDialog());
        generate.setId("block-open");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("booth.list.title"), newHall, generate));

        Optional<Long> current = currentEvent.id();
        if (current.isEmpty()) {
            newHall.setEnabled(false);
            generate.setEnabled(false);
            Paragraph none = new Paragraph(getTranslation("booth.no-event"));
            none.setId("booths-no-event");
            add(none);
            boothGrid = null;
            return;
        }
        eventId = current.get();
        configureHallGrid();
        BoothGrid grid = new BoothGrid(booths, units, eventId);
        boothGrid = grid;
        add(section("booth.hall.list"), hallGrid, section("booth.list.booths"), grid);
        setFlexGrow(1, grid);
        reloadHalls();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booth.list.title") + " · " + getTranslation("app.name");
    }

    private void configureHallGrid() {
        hallGrid.setId("hall-grid");
        hallGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        hallGrid.setAllRowsVisible(true);
        hallGrid.addColumn(HallSummary::code).setHeader(getTranslation("booth.hall.code")).setAutoWidth(true).setFlexGrow(0);
        hallGrid.addColumn(h -> h.name(getLocale())).setHeader(getTranslation("booth.hall.name")).setFlexGrow(1);
        hallGrid.addColumn(h -> getTranslation("booth.unit.size", BoothFormat.metres(h.width()), BoothFormat.metres(h.depth())))
                .setHeader(getTranslation("booth.hall.size")).setAutoWidth(true);
        hallGrid.addColumn(h -> BoothFormat.area(h.grossArea(), this::getTranslation)).setHeader(getTranslation("booth.hall.area"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        hallGrid.addColumn(h -> h.capacity() == null ? "" : getTranslation("booth.hall.capacity.value", h.capacity()))
                .setHeader(getTranslation("booth.hall.capacity")).setAutoWidth(true);
        hallGrid.addColumn(h -> String.valueOf(h.entrances().size())).setHeader(getTranslation("booth.hall.entrances")).setAutoWidth(true);
        hallGrid.addComponentColumn(this::hallActions).setHeader(getTranslation("grid.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        hallGrid.setEmptyStateText(getTranslation("booth.hall.empty"));
    }

    private HorizontalLayout hallActions(HallSummary hall) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new HallFormDialog(halls, eventId, hall.id(), saved -> reloadHalls()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("booth.hall.edit"));
        edit.setTooltipText(getTranslation("booth.hall.edit"));
        edit.addClassName("hall-edit");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(hall));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(HallSummary hall) {
        ConfirmDialog confirm = ConfirmDeletion.of(getTranslation("booth.hall.delete.title", hall.name(getLocale())),
                getTranslation("booth.hall.delete.text"), () -> {
                    halls.delete(hall.id());
                    Toast.success(getTranslation("booth.hall.deleted", hall.name(getLocale())));
                    reloadHalls();
                });
        confirm.open();
    }

    private void openBlockDialog() {
        if (!hallList.isEmpty()) {
            new BlockDialog(booths, units, hallList, hallList.getFirst(), created -> {
                if (boothGrid != null) {
                    boothGrid.refresh();
                }
            }).open();
        }
    }

    private void reloadHalls() {
        hallList = halls.halls(eventId);
        hallGrid.setItems(hallList);
        generate.setEnabled(!hallList.isEmpty());
        generate.setTooltipText(hallList.isEmpty() ? getTranslation("booth.block.needs-hall") : null);
        if (boothGrid != null) {
            boothGrid.setHalls(hallList);
        }
    }

    private H3 section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("view-section");
        return heading;
    }
}
