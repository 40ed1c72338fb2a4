package org.expodesk.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/** All events the user works on: search, create, edit, archive and restore. The grid pages in the database. */
@Route("events")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 10, title = "nav.events", icon = "vaadin:calendar")
public class EventsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final EventService events;
    private final Grid<EventSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox();

    public EventsView(EventService events) {
        this.events = events;
        addClassName("view");
        setSizeFull();
        setPadding(false);

        Button create = new Button(getTranslation("event.action.new"), VaadinIcon.PLUS.create(),
                e -> new EventFormDialog(events, null, saved -> grid.getDataProvider().refreshAll()).open());
        create.setId("event-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("event.list.title"), create));

        search.setPlaceholder(getTranslation("event.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("event-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        showArchived.setLabel(getTranslation("event.list.show-archived"));
        showArchived.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, showArchived);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.list.title") + " · " + getTranslation("app.name");
    }

    private EventFilter filter() {
        return new EventFilter(search.getValue(), showArchived.getValue());
    }

    private void configureGrid() {
        grid.setId("event-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(e -> e.name(getLocale())).setHeader(getTranslation("event.field.name"))
                .setSortProperty(isChinese() ? "nameZh" : "nameEn").setWidth("14rem").setFlexGrow(4)
                .setTooltipGenerator(e -> e.name(getLocale()));
        grid.addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("event.field.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(e -> e.edition() == null ? "" : getTranslation("event.edition.nth", e.edition()))
                .setHeader(getTranslation("event.field.edition")).setSortProperty("edition").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(e -> DATE.format(e.startDate()) + " – " + DATE.format(e.endDate()))
                .setHeader(getTranslation("event.field.dates")).setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(e -> e.venueName(getLocale())).setHeader(getTranslation("event.field.venue"))
                .setWidth("9rem").setFlexGrow(2).setTooltipGenerator(e -> java.util.Objects.toString(e.venueName(getLocale()), ""));
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("event.field.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> events.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) events.count(filter()));
        grid.setEmptyStateText(getTranslation("event.list.empty"));
    }

    private Span statusBadge(EventSummary event) {
        Span badge = new Span(getTranslation(event.archived() ? "event.archived" : event.status().messageKey()));
        badge.getElement().getThemeList().add("badge pill" + (event.archived() ? " contrast" : switch (event.status()) {
            case RUNNING -> " success";
            case CLOSED -> " contrast";
            default -> "";
        }));
        return badge;
    }

    private HorizontalLayout actions(EventSummary event) {
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new EventFormDialog(events, event.id(), saved -> grid.getDataProvider().refreshAll()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        edit.addClassName("event-edit");
        Button archive = new Button(event.archived() ? VaadinIcon.ARROW_BACKWARD.create() : VaadinIcon.ARCHIVE.create(),
                e -> confirmArchive(event));
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String label = getTranslation(event.archived() ? "event.action.restore" : "event.action.archive");
        archive.setAriaLabel(label);
        archive.setTooltipText(label);
        archive.addClassName("event-archive");
        return new HorizontalLayout(edit, archive);
    }

    private void confirmArchive(EventSummary event) {
        if (event.archived()) {
            run(() -> events.restore(event.id()), "event.restored", event);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("event.archive.confirm.title"),
                getTranslation("event.archive.confirm.text", event.name(getLocale())),
                getTranslation("event.action.archive"), e -> run(() -> events.archive(event.id()), "event.archived.done", event));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void run(Runnable action, String messageKey, EventSummary event) {
        try {
            action.run();
            Toast.success(getTranslation(messageKey, event.name(getLocale())));
            grid.getDataProvider().refreshAll();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    private boolean isChinese() {
        return org.expodesk.shared.i18n.AppLocales.isChinese(getLocale());
    }
}
