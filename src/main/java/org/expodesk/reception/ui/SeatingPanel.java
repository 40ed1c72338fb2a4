package org.expodesk.reception.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.guest.GuestSummary;
import org.expodesk.reception.KitchenCount;
import org.expodesk.reception.MealService;
import org.expodesk.reception.MealSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The seating of one meal: the kitchen's count, adding tables, seating an accepted guest not yet seated (those with
 * dietary needs listed apart), and one card per table with its diners, their needs marked, to move or unseat; the
 * kitchen's sheet as PDF.
 */
class SeatingPanel extends VerticalLayout {

    private final MealService meals;
    private final long mealId;
    private final Runnable onChanged;
    private final H3 heading = new H3();
    private final Div kitchen = new Div();
    private final ComboBox<GuestSummary> guest = new ComboBox<>();
    private final Select<MealSummary.Table> table = new Select<>();
    private final Div waiting = new Div();
    private final Div tables = new Div();

    SeatingPanel(MealService meals, long mealId, Runnable onChanged) {
        this.meals = meals;
        this.mealId = mealId;
        this.onChanged = onChanged;
        setPadding(false);
        setId("meal-seating");
        kitchen.setId("meal-kitchen");
        kitchen.getStyle().set("font-weight", "600");
        waiting.setId("meal-waiting");
        tables.setId("meal-tables");
        tables.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("width", "100%");

        guest.setLabel(getTranslation("reception.meals.guest"));
        guest.setHelperText(getTranslation("reception.meals.guest.hint"));
        guest.setItemLabelGenerator(this::guestLabel);
        guest.setWidth("min(26em, 100%)");
        guest.setId("meal-guest");
        table.setLabel(getTranslation("reception.meals.table"));
        table.setItemLabelGenerator(t -> getTranslation("reception.meals.table-label", t.tableNo(), t.taken(), t.seats()));
        table.setWidth("min(14em, 100%)");
        table.setId("meal-table");
        Button seat = new Button(getTranslation("reception.meals.seat"), VaadinIcon.USER_CHECK.create(), e -> seat());
        seat.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        seat.setId("meal-seat");
        HorizontalLayout seating = row(guest, table, seat);

        IntegerField count = number("reception.meals.table-count", 1, 200, 1, "meal-table-count");
        IntegerField seatsEach = number("reception.meals.seats-each", 1, 40, 10, "meal-seats-each");
        Button addTables = new Button(getTranslation("reception.meals.add-tables"), VaadinIcon.PLUS.create(), e -> addTables(count, seatsEach));
        addTables.setId("meal-add-tables");
        HorizontalLayout adding = row(count, seatsEach, addTables);

        Anchor sheet = new Anchor(event -> {
            event.setFileName("kitchen-sheet-" + mealId + ".pdf");
            event.setContentType("application/pdf");
            try (var out = event.getOutputStream()) {
                meals.writeKitchenSheet(mealId, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        Button sheetButton = new Button(getTranslation("reception.meals.kitchen.sheet"), VaadinIcon.FILE_TEXT_O.create());
        sheetButton.setTabIndex(-1);
        sheet.add(sheetButton);
        sheet.setId("meal-kitchen-sheet");
        HorizontalLayout kitchenRow = row(kitchen, sheet);
        kitchenRow.setAlignItems(FlexComponent.Alignment.CENTER);

        add(heading, kitchenRow, adding, seating, waiting, tables);
        refresh();
    }

    void refresh() {
        MealSummary meal = meals.meal(mealId);
        List<GuestSummary> unseated = meals.unseated(mealId);
        heading.setText(getTranslation("reception.meals.seating", meal.name(getLocale())));
        kitchen.setText(kitchenLine(meals.kitchenCount(mealId)));

        guest.setItems((g, filter) -> matches(g, filter), unseated);
        table.setItems(meal.tables());

        waiting.removeAll();
        List<GuestSummary> needs = unseated.stream().filter(g -> g.dietary() != null && !g.dietary().isBlank()).toList();
        waiting.add(new Paragraph(unseated.isEmpty() ? getTranslation("reception.meals.all-seated")
                : getTranslation("reception.meals.unseated", unseated.size())));
        if (!needs.isEmpty()) {
            Div list = new Div();
            list.setId("meal-waiting-dietary");
            list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            for (GuestSummary g : needs) {
                // a click picks the guest for seating
                Button pick = new Button(g.displayName(getLocale()) + party(g.partySize()), e -> guest.setValue(g));
                pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                HorizontalLayout chip = new HorizontalLayout(pick, new DietaryMark(g.dietary()));
                chip.setSpacing(false);
                chip.setAlignItems(FlexComponent.Alignment.CENTER);
                list.add(chip);
            }
            Span label = new Span(getTranslation("reception.meals.unseated-dietary"));
            label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            waiting.add(label, list);
        }

        tables.removeAll();
        if (meal.tables().isEmpty()) {
            tables.add(new Paragraph(getTranslation("reception.meals.no-tables")));
        }
        for (MealSummary.Table t : meal.tables()) {
            tables.add(card(t, meal.tables()));
        }
    }

    private Component card(MealSummary.Table t, List<MealSummary.Table> all) {
        VerticalLayout card = new VerticalLayout();
        card.setId("meal-table-" + t.tableNo());
        card.setSpacing(false);
        card.setPadding(true);
        card.getStyle().set("flex", "1 1 17rem").set("max-width", "26rem").set("min-width", "0");
        boolean full = t.taken() >= t.seats();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", full ? "var(--lumo-contrast-5pct)" : "var(--lumo-base-color)").set("box-sizing", "border-box");
        Span name = new Span(getTranslation("reception.meals.table-card", t.tableNo()));
        name.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
        Span taken = new Span(getTranslation("reception.meals.table-taken", t.taken(), t.seats()));
        taken.getStyle().set("color", full ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
        HorizontalLayout head = new HorizontalLayout(name, taken);
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(head);
        if (t.diners().isEmpty()) {
            Span empty = new Span(getTranslation("reception.meals.table-empty"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(empty);
        }
        for (MealSummary.Diner d : t.diners()) {
            card.add(diner(d, t, all));
        }
        return card;
    }

    private Component diner(MealSummary.Diner d, MealSummary.Table current, List<MealSummary.Table> all) {
        // name and need wrap inside their own box, so the move picker and the unseat button keep their place on the right
        Div who = new Div(new Span(d.displayName(getLocale()) + party(d.persons())));
        who.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("flex", "1 1 auto").set("min-width", "0");
        if (d.hasDietaryNeeds()) {
            who.add(new DietaryMark(d.dietary()));
        }
        HorizontalLayout line = new HorizontalLayout(who);
        line.setWidthFull();
        line.setSpacing(false);
        line.getStyle().set("gap", "var(--lumo-space-xs)").set("border-top", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-top", "var(--lumo-space-xs)");
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        Select<MealSummary.Table> move = new Select<>();
        move.setPlaceholder(getTranslation("reception.meals.move"));
        move.setAriaLabel(getTranslation("reception.meals.move"));
        move.setItems(all.stream().filter(o -> o.id() != current.id()).toList());
        move.setItemLabelGenerator(t -> getTranslation("reception.meals.table-label", t.tableNo(), t.taken(), t.seats()));
        move.addThemeName("small");
        move.setWidth("8em");
        move.getStyle().set("flex-shrink", "0");
        move.setId("meal-move-" + d.guestId());
        move.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> meals.seat(mealId, e.getValue().id(), d.guestId()),
                        getTranslation("reception.meals.moved", d.displayName(getLocale()), e.getValue().tableNo()));
            }
        });
        Button unseat = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> act(() -> meals.unseat(mealId, d.guestId()),
                getTranslation("reception.meals.unseated-one", d.displayName(getLocale()))));
        unseat.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        unseat.setAriaLabel(getTranslation("reception.meals.unseat"));
        unseat.setTooltipText(getTranslation("reception.meals.unseat"));
        unseat.setId("meal-unseat-" + d.guestId());
        line.add(move, unseat);
        return line;
    }

    private void seat() {
        GuestSummary g = guest.getValue();
        MealSummary.Table t = table.getValue();
        if (g == null || t == null) {
            Toast.error(getTranslation("reception.meals.choose"));
            return;
        }
        if (act(() -> meals.seat(mealId, t.id(), g.id()), getTranslation("reception.meals.seated", g.displayName(getLocale()), t.tableNo()))) {
            guest.clear();
        }
    }

    private void addTables(IntegerField count, IntegerField seatsEach) {
        if (count.getValue() == null || seatsEach.getValue() == null || count.isInvalid() || seatsEach.isInvalid()) {
            Toast.error(getTranslation("reception.meals.table-numbers"));
            return;
        }
        int n = count.getValue();
        act(() -> meals.addTables(mealId, n, seatsEach.getValue()), getTranslation("reception.meals.tables-added", n));
    }

    /**
     * Runs the change, then tells the user and redraws; a refused rule (a full table) is shown in their language and
     * the choices in the pickers stay, so the user picks another table. True when the change was made.
     */
    private boolean act(Runnable change, String done) {
        boolean made = false;
        try {
            change.run();
            Toast.success(done);
            made = true;
        } catch (BusinessRuleException e) {
            Toast.error(e);
        } catch (jakarta.validation.ConstraintViolationException e) {
            Toast.error(getTranslation("reception.meals.table-numbers"));
        }
        MealSummary.Table chosenTable = table.getValue();
        GuestSummary chosenGuest = guest.getValue();
        refresh();
        onChanged.run();
        if (!made) {
            keep(chosenGuest, chosenTable);
        }
        return made;
    }

    /** After a refusal the lists are drawn again: the same guest and table (by id) are chosen again. */
    private void keep(@Nullable GuestSummary chosenGuest, MealSummary.@Nullable Table chosenTable) {
        if (chosenGuest != null) {
            guest.getListDataView().getItems().filter(g -> g.id() == chosenGuest.id()).findFirst().ifPresent(guest::setValue);
        }
        if (chosenTable != null) {
            table.getListDataView().getItems().filter(t -> t.id() == chosenTable.id()).findFirst().ifPresent(table::setValue);
        }
    }

    private String kitchenLine(KitchenCount count) {
        StringBuilder line = new StringBuilder(getTranslation("reception.meals.kitchen", count.persons()));
        for (Map.Entry<String, Integer> need : count.byDietary().entrySet()) {
            String label = need.getKey().equals(MealService.NO_NEEDS) ? getTranslation("reception.meals.kitchen.none") : DietaryMark.text(need.getKey());
            line.append(" · ").append(label).append(" ").append(need.getValue());
        }
        return line.toString();
    }

    private String guestLabel(GuestSummary g) {
        StringBuilder label = new StringBuilder(g.displayName(getLocale()));
        if (g.organisation() != null) {
            label.append(" · ").append(g.organisation());
        }
        label.append(party(g.partySize()));
        if (g.dietary() != null && !g.dietary().isBlank()) {
            label.append(" · ").append(DietaryMark.text(g.dietary()));
        }
        return label.toString();
    }

    private String party(int persons) {
        return persons > 1 ? " " + getTranslation("reception.meals.persons", persons) : "";
    }

    private static boolean matches(GuestSummary g, String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return f.isEmpty() || g.nameZh().contains(f) || (g.nameEn() != null && g.nameEn().toLowerCase(Locale.ROOT).contains(f))
                || (g.organisation() != null && g.organisation().toLowerCase(Locale.ROOT).contains(f));
    }

    private IntegerField number(String label, int min, int max, int value, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setWidth("8em");
        field.setId(id);
        return field;
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setWrap(true);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
