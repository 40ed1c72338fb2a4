package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.reception.MealService;
import org.expodesk.reception.MealSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The meals of the current event — banquets and group meals with time, place, tables and seats taken — and, for the
 * meal chosen in the list, its seating and the kitchen's count ({@link SeatingPanel}).
 */
@Route("reception/meals")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION})
@Menu(order = 57, title = "reception.meals.title", icon = "vaadin:cutlery")
public class MealsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MealService meals;
    private final Grid<MealSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div seating = new Div();
    private long eventId;
    private LocalDate firstDay = LocalDate.now();
    private @Nullable Long chosen;

    public MealsView(MealService meals, EventService events, CurrentEvent currentEvent) {
        this.meals = meals;
        addClassName("view");
        setPadding(false);
        Long id = currentEvent.id().orElse(null);
        if (id == null) {
            add(new ViewTitle(getTranslation("reception.meals.title")), new Paragraph(getTranslation("reception.meals.no-event")));
            return;
        }
        eventId = id;
        events.find(id).ifPresent(e -> firstDay = e.startDate());
        Button create = new Button(getTranslation("reception.meals.new"), VaadinIcon.PLUS.create(),
                e -> new MealFormDialog(meals, eventId, null, firstDay, saved -> show(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("meal-new");

        grid.setId("meal-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> getTranslation("reception.meal-kind." + m.kind().name())).setHeader(getTranslation("reception.meals.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.name(getLocale())).setHeader(getTranslation("reception.meals.name")).setAutoWidth(true);
        grid.addColumn(m -> WHEN.format(m.startsAt())).setHeader(getTranslation("reception.meals.starts-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MealSummary::place).setHeader(getTranslation("reception.meals.place")).setAutoWidth(true);
        grid.addColumn(m -> m.tables().size()).setHeader(getTranslation("reception.meals.tables")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("reception.meals.seats-value", m.taken(), m.seats())).setHeader(getTranslation("reception.meals.seats"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(m -> {
            if (chosen == null || chosen != m.id()) {
                show(m.id());
            }
        }));
        empty.setText(getTranslation("reception.meals.none"));
        seating.setWidthFull();
        add(new ViewTitle(getTranslation("reception.meals.title"), create), grid, empty, seating);
        show(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reception.meals.title") + " · " + getTranslation("app.name");
    }

    /** Lists the meals again and opens the seating of the meal given (the first meal when none is). */
    private void show(@Nullable Long mealId) {
        List<MealSummary> all = meals.meals(eventId);
        chosen = mealId != null ? mealId : all.isEmpty() ? null : all.getFirst().id();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        all.stream().filter(m -> chosen != null && m.id() == chosen).findFirst().ifPresent(grid::select);
        seating.removeAll();
        if (chosen != null) {
            seating.add(new SeatingPanel(meals, chosen, this::relist));
        }
    }

    /** The list's seat counts after a change in the seating, keeping the panel as it is. */
    private void relist() {
        grid.setItems(meals.meals(eventId));
        grid.getListDataView().getItems().filter(m -> chosen != null && m.id() == chosen).findFirst().ifPresent(grid::select);
    }

    private HorizontalLayout actions(MealSummary m) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new MealFormDialog(meals, eventId, m, firstDay, saved -> show(saved.id())).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        edit.setId("meal-edit-" + m.id());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmDeletion.of(
                getTranslation("reception.meals.delete.title", m.name(getLocale())),
                m.parties() == 0 ? getTranslation("reception.meals.delete.text") : getTranslation("reception.meals.delete.text-seated", m.parties()),
                () -> {
                    meals.delete(m.id(), m.parties());
                    Toast.success(getTranslation("reception.meals.deleted", m.name(getLocale())));
                    show(chosen != null && chosen == m.id() ? null : chosen);
                }).open());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        delete.setId("meal-delete-" + m.id());
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setSpacing(false);
        return actions;
    }
}
