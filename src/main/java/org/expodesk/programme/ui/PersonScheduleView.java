package org.expodesk.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.ProgrammeDates;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.PublicProgrammeService;
import org.expodesk.programme.SchedulePdfRenderer;
import org.expodesk.programme.SessionPerson;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;

/** One person's programme: pick a guest or a leader and see their sessions day by day, print a day, or hand out their calendar link. */
@Route("sessions/person")
@StyleSheet("styles/programme.css")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
public class PersonScheduleView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeService programme;
    private final PublicProgrammeService calendars;
    private final Div days = new Div();
    private EventSummary event;
    private ProgrammeDownloads downloads;

    public PersonScheduleView(ProgrammeService programme, PublicProgrammeService calendars, PersonService persons, EventService events,
            SchedulePdfRenderer renderer, CurrentEvent currentEvent) {
        this.programme = programme;
        this.calendars = calendars;
        addClassName("view");
        setPadding(false);
        EventSummary current = currentEvent.id().flatMap(events::find).orElse(null);
        add(new ViewTitle(getTranslation("programme.person.title")));
        if (current == null) {
            add(new Paragraph(getTranslation("programme.no-event")));
            return;
        }
        this.event = current;
        this.downloads = new ProgrammeDownloads(programme, renderer, current);
        add(new ProgrammeTabs(PersonScheduleView.class));
        ComboBox<PersonSummary> person = PersonPicker.one(getTranslation("programme.person.pick"), persons, getLocale());
        person.setId("person-pick");
        person.setWidth("min(28rem, 100%)");
        person.addValueChangeListener(e -> show(e.getValue()));
        days.setId("person-days");
        days.addClassName("person-days");
        add(person, days);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.person.title") + " · " + getTranslation("app.name");
    }

    private void show(PersonSummary person) {
        days.removeAll();
        if (person == null) {
            return;
        }
        List<SessionSummary> sessions = programme.forPerson(event.id(), person.id());
        if (sessions.isEmpty()) {
            days.add(new Paragraph(getTranslation("programme.person.none", person.displayName(getLocale()))));
            return;
        }
        days.add(calendarLink(person));
        Map<LocalDate, List<SessionSummary>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(SessionSummary::day, TreeMap::new, Collectors.toList()));
        byDay.forEach((day, ofDay) -> {
            Anchor print = new Anchor(downloads.personDay(person.id(), person.displayName(getLocale()), day, getLocale()),
                    AttachmentType.DOWNLOAD, "");
            print.add(new Button(getTranslation("programme.person.print-day"), VaadinIcon.PRINT.create()));
            print.addClassName("person-day-print");
            HorizontalLayout head = new HorizontalLayout(new H3(ProgrammeDates.longDay(day, getLocale())), print);
            head.setAlignItems(Alignment.CENTER);
            days.add(head);
            ofDay.forEach(s -> days.add(card(s, person.id())));
        });
    }

    private Div card(SessionSummary s, long personId) {
        Div card = new Div();
        card.addClassName("person-session");
        Span time = new Span(ProgrammeDates.times(s));
        time.addClassName("person-session__time");
        Span title = new Span(s.title(getLocale()));
        title.addClassName("person-session__title");
        SessionPerson role = s.people().stream().filter(p -> p.personId() == personId).findFirst().orElseThrow();
        String part = getTranslation(role.role().messageKey()) + (role.vip() ? " · VIP" : "");
        Span details = new Span(s.place().name(getLocale()) + " · " + part + (s.dressCode() == null ? ""
                : " · " + getTranslation("programme.pdf.dress-code", s.dressCode())));
        details.addClassName("person-session__details");
        card.add(time, title, details);
        return card;
    }

    private HorizontalLayout calendarLink(PersonSummary person) {
        TextField link = new TextField(getTranslation("programme.person.calendar"));
        link.setReadOnly(true);
        link.setWidth("min(36rem, 100%)");
        link.setId("person-calendar-link");
        link.setHelperText(getTranslation("programme.person.calendar.hint"));
        Button make = new Button(getTranslation("programme.person.calendar.make"), VaadinIcon.CALENDAR.create(), e -> {
            String token = calendars.calendarToken(event.id(), person.id());
            getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> link.setValue(
                    url.getProtocol() + "://" + url.getAuthority() + "/calendar/person/" + token + ".ics")));
        });
        make.setId("person-calendar-make");
        HorizontalLayout row = new HorizontalLayout(link, make);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
