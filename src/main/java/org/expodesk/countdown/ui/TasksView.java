package org.expodesk.countdown.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.CountdownTemplateService;
import org.expodesk.countdown.TaskFilter;
import org.expodesk.countdown.TaskStatus;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.Workstream;
import org.expodesk.event.CurrentEvent;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;

/**
 * The preparation tasks of the current event in a lazy grid, filtered by workstream, owner and lateness; late
 * tasks and those on the critical path are marked. Tasks are edited in a dialog; a template plans an empty event.
 */
@Route("countdown")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 40, title = "nav.countdown", icon = "vaadin:calendar-clock")
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    private final CountdownService countdown;
    private final Grid<TaskSummary> grid = new Grid<>();
    private final Select<Workstream> workstream = new Select<>();
    private final ComboBox<UnitSummary> unit;
    private final ComboBox<PersonSummary> person;
    private final Checkbox lateOnly = new Checkbox();
    private final Owners owners;
    private long eventId;
    private Set<Long> critical = Set.of();

    public TasksView(CurrentEvent currentEvent, CountdownService countdown, CountdownTemplateService templates,
            PersonService persons, UnitService units) {
        this.countdown = countdown;
        this.owners = new Owners(persons, units);
        this.unit = owners.unitBox(getTranslation("countdown.field.owner-unit"), getLocale());
        this.person = owners.personBox(getTranslation("countdown.field.owner-person"), getLocale());
        addClassName("view");
        setSizeFull();
        setPadding(false);

        Button create = new Button(getTranslation("countdown.action.new"), VaadinIcon.PLUS.create(),
                e -> new TaskFormDialog(countdown, owners, eventId, null, saved -> refresh()).open());
        create.setId("task-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button apply = new Button(getTranslation("countdown.action.apply-template"), VaadinIcon.COPY.create(),
                e -> new ApplyTemplateDialog(templates, eventId, this::refresh).open());
        apply.setId("template-apply");
        Button save = new Button(getTranslation("countdown.action.save-template"), VaadinIcon.DOWNLOAD.create(),
                e -> new SaveTemplateDialog(templates, eventId).open());
        save.setId("template-save");
        add(new ViewTitle(getTranslation("countdown.list.title"), apply, save, create));

        Optional<Long> current = currentEvent.id();
        if (current.isEmpty()) {
            create.setEnabled(false);
            apply.setEnabled(false);
            save.setEnabled(false);
            Paragraph none = new Paragraph(getTranslation("countdown.no-event"));
            none.setId("countdown-no-event");
            add(none);
            return;
        }
        eventId = current.get();
        add(filters(), configureGrid());
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("countdown.list.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout filters() {
        workstream.setLabel(getTranslation("countdown.field.workstream"));
        workstream.setItems(Workstream.values());
        workstream.setEmptySelectionAllowed(true);
        workstream.setEmptySelectionCaption(getTranslation("countdown.filter.all"));
        workstream.setItemLabelGenerator(w -> w == null ? getTranslation("countdown.filter.all") : getTranslation(w.messageKey()));
        workstream.setId("task-filter-workstream");
        unit.setId("task-filter-unit");
        person.setId("task-filter-person");
        lateOnly.setLabel(getTranslation("countdown.filter.late"));
        lateOnly.setId("task-filter-late");
        workstream.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        person.addValueChangeListener(e -> refresh());
        lateOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(workstream, unit, person, lateOnly);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Grid<TaskSummary> configureGrid() {
        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(t -> t.title(getLocale())).setHeader(getTranslation("countdown.field.title")).setFlexGrow(2).setWidth("18rem").setResizable(true)
                .setSortProperty(org.expodesk.shared.i18n.AppLocales.isChinese(getLocale()) ? "titleZh" : "titleEn");
        grid.addColumn(t -> getTranslation(t.workstream().messageKey())).setHeader(getTranslation("countdown.field.workstream"))
                .setSortProperty("workstream").setAutoWidth(true);
        grid.addColumn(t -> owners.describe(t, getLocale(), getTranslation("countdown.owner.none")))
                .setHeader(getTranslation("countdown.field.owner")).setFlexGrow(1);
        grid.addColumn(t -> t.startDate().toString()).setHeader(getTranslation("countdown.field.start")).setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(t -> t.deadline().toString()).setHeader(getTranslation("countdown.field.deadline")).setSortProperty("deadline").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("countdown.field.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(t -> t.progress() + " %").setHeader(getTranslation("countdown.field.progress")).setSortProperty("progress")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> countdown.list(eventId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) countdown.count(eventId, filter()));
        grid.setEmptyStateText(getTranslation("countdown.list.empty"));
        return grid;
    }

    private HorizontalLayout status(TaskSummary task) {
        Span status = badge(getTranslation(task.status().messageKey()), task.status() == TaskStatus.DONE ? "success" : "contrast");
        HorizontalLayout cell = new HorizontalLayout(status);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        if (task.late()) {
            cell.add(badge(getTranslation("countdown.late"), "error primary"));
        }
        if (critical.contains(task.id())) {
            cell.add(badge(getTranslation("countdown.critical"), "warning"));
        }
        return cell;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        badge.getElement().getThemeList().add("small");
        return badge;
    }

    private HorizontalLayout actions(TaskSummary task) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new TaskFormDialog(countdown, owners, eventId, task.id(), saved -> refresh()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("countdown.action.edit"));
        edit.setTooltipText(getTranslation("countdown.action.edit"));
        edit.addClassName("task-edit");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(task));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("countdown.action.delete"));
        delete.setTooltipText(getTranslation("countdown.action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(TaskSummary task) {
        ConfirmDialog confirm = ConfirmDeletion.of(getTranslation("countdown.delete.title", task.title(getLocale())),
                getTranslation("countdown.delete.text"), () -> {
                    countdown.delete(task.id());
                    Toast.success(getTranslation("countdown.deleted", task.title(getLocale())));
                    refresh();
                });
        confirm.open();
    }

    private TaskFilter filter() {
        return new TaskFilter(workstream.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), lateOnly.getValue());
    }

    void refresh() {
        critical = countdown.wallChart(eventId).critical();
        grid.getDataProvider().refreshAll();
    }
}
