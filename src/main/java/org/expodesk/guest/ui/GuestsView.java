package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
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
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestFilter;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.guest.Travel;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The guests of the current event: a lazy grid with filters, the form, and the duplicates with merge. Office and
 * reception manage; a unit's liaison (an account linked to the liaison person) sees the unit's guests read-only.
 */
@Route("guests")
@PermitAll
@StyleSheet("styles/guests.css")
@Menu(order = 50, title = "nav.guests", icon = "vaadin:users")
public class GuestsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final GuestService guests;
    private final Grid<GuestSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<GuestCategory> category = new Select<>();
    private final Select<RsvpAnswer> answer = new Select<>();
    private volatile GuestFilter filter = GuestFilter.all();

    public GuestsView(GuestService guests, UnitService units, CurrentEvent currentEvent) {
        this.guests = guests;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        Long eventId = currentEvent.id().orElse(null);
        boolean manager = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER) || CurrentUser.hasRole(Role.RECEPTION);
        if (eventId == null) {
            add(new ViewTitle(getTranslation("guest.list.title")), none("guest-no-event", "guest.list.no-event"));
            return;
        }
        try {
            guests.count(eventId, GuestFilter.all());
        } catch (AccessDeniedException e) {
            add(new ViewTitle(getTranslation("guest.list.title")), none("guest-no-access", "guest.list.no-access"));
            return;
        }
        if (manager) {
            List<UnitSummary> unitList = units.tree();
            Button add = new Button(getTranslation("guest.action.add"), VaadinIcon.PLUS.create(),
                    e -> new GuestFormDialog(guests, eventId, null, unitList, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("guest-add");
            Button duplicates = new Button(getTranslation("guest.action.duplicates"), VaadinIcon.USERS.create(),
                    e -> new DuplicatesDialog(guests, eventId, this::refresh).open());
            duplicates.setId("guest-duplicates-open");
            Button importButton = new Button(getTranslation("guest.action.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(GuestImportView.class)));
            importButton.setId("guest-import-open");
            add(new ViewTitle(getTranslation("guest.list.title"), importButton, duplicates, add));
            grid.addItemDoubleClickListener(e -> new GuestFormDialog(guests, eventId, e.getItem().id(), unitList, this::refresh).open());
        } else {
            add(new ViewTitle(getTranslation("guest.list.title")));
        }
        add(filters());
        configureGrid(eventId);
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guest.list.title") + " · " + getTranslation("app.name");
    }

    private Paragraph none(String id, String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId(id);
        return p;
    }

    private HorizontalLayout filters() {
        search.setLabel(getTranslation("guest.filter.search"));
        search.setPlaceholder(getTranslation("guest.filter.search.hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("guest-search");
        category.setLabel(getTranslation("guest.field.category"));
        category.setItems(GuestCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("guest.filter.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("guest.filter.all") : getTranslation(c.messageKey()));
        answer.setLabel(getTranslation("guest.field.answer"));
        answer.setItems(RsvpAnswer.values());
        answer.setEmptySelectionAllowed(true);
        answer.setEmptySelectionCaption(getTranslation("guest.filter.all"));
        answer.setItemLabelGenerator(a -> a == null ? getTranslation("guest.filter.all") : getTranslation(a.messageKey()));
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        answer.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, category, answer);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void refresh() {
        filter = new GuestFilter(search.getValue(), category.getValue(), answer.getValue(), null);
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid(long eventId) {
        grid.setId("guest-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(g -> g.displayName(getLocale())).setHeader(getTranslation("guest.field.name")).setSortProperty("nameZh")
                .setFlexGrow(2).setFrozen(true);
        grid.addColumn(g -> nz(g.organisation())).setHeader(getTranslation("guest.field.organisation")).setSortProperty("organisation").setFlexGrow(3);
        grid.addColumn(g -> getTranslation(g.category().messageKey())).setHeader(getTranslation("guest.field.category")).setSortProperty("category");
        grid.addColumn(g -> nz(g.origin())).setHeader(getTranslation("guest.field.origin")).setSortProperty("origin");
        grid.addColumn(g -> nz(g.mobile())).setHeader(getTranslation("guest.field.mobile"));
        grid.addColumn(g -> nz(g.invitingUnitName())).setHeader(getTranslation("guest.field.inviting-unit")).setSortProperty("invitingUnitName");
        grid.addColumn(g -> getTranslation(g.answer().messageKey())).setHeader(getTranslation("guest.field.answer")).setSortProperty("answer");
        grid.addColumn(g -> travel(g.arrival())).setHeader(getTranslation("guest.rsvp.arrival")).setSortProperty("arrivalAt").setFlexGrow(2);
        grid.addColumn(g -> g.companions() == 0 ? "" : "+" + g.companions()).setHeader(getTranslation("guest.field.companions-short"));
        grid.setItems(query -> guests.list(eventId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) guests.count(eventId, filter));
    }

    private String travel(@Nullable Travel t) {
        if (t == null) {
            return "";
        }
        return getTranslation(t.mode().messageKey()) + " " + nz(t.number()) + " " + nz(t.place())
                + (t.at() == null ? "" : " " + WHEN.format(t.at()));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
