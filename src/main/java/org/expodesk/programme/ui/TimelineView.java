package org.expodesk.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.ProgrammeDates;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SchedulePdfRenderer;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;

/** The programme one day at a time, like a calendar: a column per place, so double bookings and gaps show at a glance. */
@Route("sessions/timeline")
@StyleSheet("styles/programme.css")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
public class TimelineView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeService programme;
    private final PlaceService places;
    private final PersonService persons;
    private final UnitService units;
    private final Div canvas = new Div();
    private EventSummary event;
    private ProgrammeDownloads downloads;
    private LocalDate day;

    public TimelineView(ProgrammeService programme, PlaceService places, PersonService persons, UnitService units, EventService events,
            SchedulePdfRenderer renderer, CurrentEvent currentEvent) {
        this.programme = programme;
        this.places = places;
        this.persons = persons;
        this.units = units;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        EventSummary current = currentEvent.id().flatMap(events::find).orElse(null);
        if (current == null) {
            add(new ViewTitle(getTranslation("programme.timeline.title")), new Paragraph(getTranslation("programme.no-event")));
            return;
        }
        this.event = current;
        this.downloads = new ProgrammeDownloads(programme, renderer, current);
        List<LocalDate> days = ProgrammeDates.days(current);
        this.day = days.getFirst();
        Button create = new Button(getTranslation("programme.action.new"), VaadinIcon.PLUS.create(),
                e -> new SessionFormDialog(programme, places, persons, units, event, null, day.atTime(9, 0), s -> draw()).open());
        create.setId("session-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("programme.timeline.title"), create));
        add(new ProgrammeTabs(TimelineView.class));
        Tabs dayTabs = new Tabs();
        dayTabs.setId("timeline-days");
        for (LocalDate d : days) {
            dayTabs.add(new Tab(ProgrammeDates.shortDay(d, getLocale())));
        }
        dayTabs.addSelectedChangeListener(e -> {
            this.day = days.get(dayTabs.getSelectedIndex());
            draw();
        });
        canvas.addClassName("day-timeline-scroller");
        canvas.setWidthFull();
        add(dayTabs, canvas);
        setFlexGrow(1, canvas);
        draw();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.timeline.title") + " · " + getTranslation("app.name");
    }

    private void draw() {
        canvas.removeAll();
        List<SessionSummary> sessions = programme.day(event.id(), day);
        if (sessions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("programme.timeline.empty"));
            none.setId("timeline-empty");
            canvas.add(none);
            return;
        }
        canvas.add(new DayTimeline(day, sessions, places.places(event.id()), programme.conflicts(event.id()), downloads,
                s -> new SessionFormDialog(programme, places, persons, units, event, s.id(), null, saved -> draw()).open()));
    }
}
