package org.expodesk.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeDates;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SchedulePdfRenderer;
import org.expodesk.programme.SessionConflict;
import org.expodesk.programme.SessionFilter;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;

/**
 * The programme of the current event as a list: filtered by day, kind and place, paged in the database. Sessions
 * with conflicts carry a mark; the PDFs and the public page are one click away.
 */
@Route("sessions")
@StyleSheet("styles/programme.css")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 35, title = "nav.programme", icon = "vaadin:calendar-clock")
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeService programme;
    private final Grid<SessionSummary> grid = new Grid<>();
    private final Select<LocalDate> day = new Select<>();
    private final Select<SessionKind> kind = new Select<>();
    private final Select<PlaceSummary> place = new Select<>();
    private Map<Long, List<SessionConflict>> conflicts = Map.of();

    public SessionsView(ProgrammeService programme, PlaceService places, PersonService persons, UnitService units, EventService events,
            SchedulePdfRenderer renderer, CurrentEvent currentEvent) {
        this.programme = programme;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        EventSummary event = currentEvent.id().flatMap(events::find).orElse(null);
        if (event == null) {
            add(new ViewTitle(getTranslation("programme.list.title")));
            Paragraph none = new Paragraph(getTranslation("programme.no-event"));
            none.setId("programme-no-event");
            add(none);
            return;
        }
        Button create = new Button(getTranslation("programme.action.new"), VaadinIcon.PLUS.create(),
                e -> new SessionFormDialog(programme, places, persons, units, event, null, null, s -> refresh()).open());
        create.setId("session-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button placesButton = new Button(getTranslation("programme.action.places"), VaadinIcon.MAP_MARKER.create(),
                e -> new PlacesDialog(places, event.id(), () -> place.setItems(places.places(event.id()))).open());
        placesButton.setId("programme-places");
        add(new ViewTitle(getTranslation("programme.list.title"), printMenu(new ProgrammeDownloads(programme, renderer, event), event),
                placesButton, create));
        add(new ProgrammeTabs(SessionsView.class));
        add(filters(event, places.places(event.id())));
        configureGrid(event, places, persons, units);
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.list.title") + " · " + getTranslation("app.name");
    }

    private Component printMenu(ProgrammeDownloads downloads, EventSummary event) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setId("programme-print");
        MenuItem root = menu.addItem(new Span(VaadinIcon.PRINT.create(), new Span(getTranslation("programme.action.print"))));
        SubMenu items = root.getSubMenu();
        items.addItem(anchor(downloads.programme(AppLocales.ZH_CN), "programme.action.pdf-zh", "programme-pdf-zh"));
        items.addItem(anchor(downloads.programme(AppLocales.EN), "programme.action.pdf-en", "programme-pdf-en"));
        Anchor publicPage = new Anchor("programme/" + event.id(), getTranslation("programme.action.public-page"));
        publicPage.setTarget("_blank");
        publicPage.setId("programme-public-link");
        items.addItem(publicPage);
        Anchor ics = new Anchor("calendar/" + event.id() + "/programme.ics", getTranslation("programme.action.ics"));
        ics.setId("programme-ics");
        items.addItem(ics);
        return menu;
    }

    private Anchor anchor(com.vaadin.flow.server.streams.DownloadHandler handler, String key, String id) {
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
        a.setId(id);
        return a;
    }

    private HorizontalLayout filters(EventSummary event, List<PlaceSummary> eventPlaces) {
        day.setLabel(getTranslation("programme.field.day"));
        day.setItems(ProgrammeDates.days(event));
        day.setEmptySelectionAllowed(true);
        day.setEmptySelectionCaption(getTranslation("programme.filter.all-days"));
        day.setItemLabelGenerator(d -> d == null ? getTranslation("programme.filter.all-days") : ProgrammeDates.shortDay(d, getLocale()));
        day.setId("programme-filter-day");
        kind.setLabel(getTranslation("programme.field.kind"));
        kind.setItems(SessionKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("programme.filter.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("programme.filter.all-kinds") : getTranslation(k.messageKey()));
        kind.setId("programme-filter-kind");
        place.setLabel(getTranslation("programme.field.place"));
        place.setItems(eventPlaces);
        place.setEmptySelectionAllowed(true);
        place.setEmptySelectionCaption(getTranslation("programme.filter.all-places"));
        place.setItemLabelGenerator(p -> p == null ? getTranslation("programme.filter.all-places") : p.name(getLocale()));
        place.setId("programme-filter-place");
        day.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        place.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(day, kind, place);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    private SessionFilter filter() {
        return new SessionFilter(day.getValue(), kind.getValue(), place.getValue() == null ? null : place.getValue().key());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid(EventSummary event, PlaceService places, PersonService persons, UnitService units) {
        grid.setId("session-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(s -> ProgrammeDates.shortDay(s.day(), getLocale()) + " " + ProgrammeDates.times(s))
                .setHeader(getTranslation("programme.field.time")).setSortProperty("start").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::title).setHeader(getTranslation("programme.field.title")).setFlexGrow(3).setWidth("14rem");
        grid.addColumn(s -> getTranslation(s.kind().messageKey())).setHeader(getTranslation("programme.field.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(s -> s.place().name(getLocale())).setHeader(getTranslation("programme.field.place")).setAutoWidth(true);
        grid.addColumn(s -> s.speakers().stream().map(p -> p.name(getLocale())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("programme.field.speakers")).setFlexGrow(2).setWidth("10rem");
        grid.addComponentColumn(s -> {
            Span badge = new Span(getTranslation(s.publicSession() ? "programme.public" : "programme.internal"));
            badge.getElement().getThemeList().add("badge pill" + (s.publicSession() ? " success" : " contrast"));
            return badge;
        }).setHeader(getTranslation("programme.field.visibility")).setAutoWidth(true);
        grid.addComponentColumn(s -> actions(s, event, places, persons, units)).setHeader(getTranslation("grid.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> {
            if (query.getPage() == 0) {
                conflicts = programme.conflicts(event.id());
            }
            return programme.list(event.id(), filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
        }, query -> (int) programme.count(event.id(), filter()));
        grid.setEmptyStateText(getTranslation("programme.list.empty"));
        grid.addItemDoubleClickListener(e -> new SessionFormDialog(programme, places, persons, units, event, e.getItem().id(), null,
                s -> refresh()).open());
    }

    private Component title(SessionSummary s) {
        Div cell = new Div();
        cell.addClassName("session-title-cell");
        List<SessionConflict> own = conflicts.getOrDefault(s.id(), List.of());
        if (!own.isEmpty()) {
            cell.add(ConflictMark.of(s, own, this::getTranslation, getLocale()));
        }
        cell.add(new Span(s.title(getLocale())));
        String other = AppLocales.isChinese(getLocale()) ? s.titleEn() : s.titleZh();
        if (other != null && !other.equals(s.title(getLocale()))) {
            Span second = new Span(other);
            second.addClassName("session-title-cell__other");
            cell.add(second);
        }
        return cell;
    }

    private HorizontalLayout actions(SessionSummary s, EventSummary event, PlaceService places, PersonService persons, UnitService units) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new SessionFormDialog(programme, places, persons, units, event, s.id(), null,
                saved -> refresh()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        edit.addClassName("session-edit");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(s));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        delete.addClassName("session-delete");
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmDelete(SessionSummary s) {
        ConfirmDialog confirm = ConfirmDeletion.of(getTranslation("programme.delete.title", s.title(getLocale())),
                getTranslation("programme.delete.text"), () -> {
                    programme.delete(s.id());
                    refresh();
                });
        confirm.open();
    }
}
