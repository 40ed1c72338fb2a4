package org.expodesk.unit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.function.Function;
import org.expodesk.person.PersonSummary;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * The organisation tree with whom to call in each unit: its leader in charge and its liaison, with phone
 * numbers that dial when tapped on a mobile. A missing liaison is marked in red: it is work the office has to do.
 */
class UnitTreeGrid extends TreeGrid<UnitSummary> {

    /**
     * Below this window width (Lumo's {@code md} breakpoint, 768 px) the kind and the two contact columns leave
     * the grid, and a second line under each name shows the kind and the liaison instead. The same breakpoint
     * shows and hides that line in CSS ({@code md:hidden}), so the two always agree.
     */
    static final int COMPACT_BELOW_PX = 768;

    /** City → county → development zone → township is the deepest the kinds allow. */
    private static final int TREE_DEPTH = 4;

    private final Column<UnitSummary> kindColumn;
    private final Column<UnitSummary> leaderColumn;
    private final Column<UnitSummary> liaisonColumn;

    UnitTreeGrid(Function<UnitSummary, Component> actions) {
        setId("unit-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
        addComponentHierarchyColumn(this::nameCell).setKey("name").setHeader(getTranslation("unit.field.name"))
                .setFlexGrow(3).setWidth("12rem");
        kindColumn = addColumn(u -> getTranslation(u.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("unit.field.kind")).setAutoWidth(true).setFlexGrow(0);
        leaderColumn = addComponentColumn(u -> contactCell(u.leader(), false)).setKey("leader")
                .setHeader(getTranslation("unit.section.leader")).setFlexGrow(2).setWidth("11rem");
        liaisonColumn = addComponentColumn(u -> contactCell(u.liaison(), true)).setKey("liaison")
                .setHeader(getTranslation("unit.section.liaison")).setFlexGrow(2).setWidth("11rem");
        addComponentColumn(actions::apply).setKey("actions").setHeader(getTranslation("grid.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    /** Shows the units fully expanded: the tree is small, and the office wants to see every unit at a glance. */
    void show(TreeData<UnitSummary> units) {
        setDataProvider(new TreeDataProvider<>(units));
        expandRecursively(units.getRootItems(), TREE_DEPTH);
    }

    void setCompact(boolean compact) {
        kindColumn.setVisible(!compact);
        leaderColumn.setVisible(!compact);
        liaisonColumn.setVisible(!compact);
    }

    boolean isCompact() {
        return !liaisonColumn.isVisible();
    }

    private Component nameCell(UnitSummary unit) {
        Span name = new Span(unit.name(getLocale()));
        name.addClassName(FontWeight.MEDIUM);
        Div compactLine = new Div(new Span(getTranslation(unit.kind().messageKey())), new Span("·"),
                new Span(getTranslation("unit.section.liaison")));
        compactLine.addClassNames(Display.FLEX, Display.Breakpoint.Medium.HIDDEN, Gap.XSMALL, FontSize.SMALL,
                TextColor.SECONDARY, "unit-compact-line");
        compactLine.getStyle().set("flex-wrap", "wrap").set("align-items", "baseline");
        PersonSummary liaison = unit.liaison();
        if (liaison == null) {
            compactLine.add(notNamed(true));
        } else {
            // Name and mobile only: on a phone the title would push the number onto a third line.
            compactLine.add(new Span(liaison.displayName(getLocale())));
            if (liaison.mobile() != null) {
                compactLine.add(phoneLink(liaison.mobile()));
            }
        }
        return new Div(name, compactLine);
    }

    /** Name and title on the first line, the phones below; nobody named shows a badge instead. */
    private Component contactCell(@Nullable PersonSummary person, boolean missingIsAGap) {
        if (person == null) {
            return notNamed(missingIsAGap);
        }
        Span name = new Span(person.displayName(getLocale()));
        Div who = new Div(name);
        if (person.title() != null) {
            Span title = new Span(" " + person.title());
            title.addClassNames(TextColor.SECONDARY, FontSize.SMALL);
            who.add(title);
        }
        Div cell = new Div(who);
        cell.addClassName("unit-contact");
        Div phones = new Div();
        phones.addClassNames(Display.FLEX, Gap.SMALL, FontSize.SMALL);
        phones.getStyle().set("flex-wrap", "wrap");
        for (String phone : new String[] {person.mobile(), person.officePhone()}) {
            if (phone != null) {
                phones.add(phoneLink(phone));
            }
        }
        if (phones.getComponentCount() > 0) {
            cell.add(phones);
        }
        return cell;
    }

    /** A missing liaison is a gap the office has to close (red); a missing leader is only noted (grey). */
    private Badge notNamed(boolean isGap) {
        Badge badge = new Badge(getTranslation("unit.not-named"));
        badge.addThemeVariants(BadgeVariant.SMALL, isGap ? BadgeVariant.ERROR : BadgeVariant.CONTRAST);
        return badge;
    }

    /** tel: links dial on a phone; on a desktop they hand over to a softphone, if there is one. */
    private static Anchor phoneLink(String phone) {
        return new Anchor("tel:" + phone, phone);
    }
}
