package org.expodesk.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.expodesk.programme.ProgrammeDates;
import org.expodesk.programme.PublicProgramme;
import org.expodesk.programme.PublicProgrammeService;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.ui.LanguageSwitch;
import org.jspecify.annotations.Nullable;

/**
 * The programme for visitors, without signing in: the public sessions of one event, a day at a time, in Chinese or
 * English, laid out for a phone first. Archived events and events without a public session show nothing.
 */
@Route(value = "programme/:eventId", autoLayout = false)
@StyleSheet("styles/programme.css")
@AnonymousAllowed
public class PublicProgrammeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicProgrammeService programme;
    private final LanguageSwitcher languages;
    private final Clock clock;
    private final Div sessions = new Div();
    private final List<Button> dayButtons = new ArrayList<>();
    private @Nullable PublicProgramme shown;

    public PublicProgrammeView(PublicProgrammeService programme, LanguageSwitcher languages, Clock clock) {
        this.programme = programme;
        this.languages = languages;
        this.clock = clock;
        addClassName("public-programme");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long eventId = event.getRouteParameters().getLong("eventId").orElse(null);
        shown = eventId == null ? null : programme.programme(eventId).orElse(null);
        Header header = new Header();
        header.addClassName("public-programme__header");
        header.add(new LanguageSwitch(languages));
        add(header);
        if (shown == null) {
            Paragraph none = new Paragraph(getTranslation("programme.public.not-found"));
            none.setId("public-programme-none");
            add(none);
            return;
        }
        H1 title = new H1(shown.event().name(getLocale()));
        title.setId("public-programme-title");
        Span when = new Span(ProgrammeDates.longDay(shown.event().startDate(), getLocale()) + " – "
                + ProgrammeDates.longDay(shown.event().endDate(), getLocale()));
        when.addClassName("public-programme__when");
        header.add(title, when);
        String venue = shown.event().venueName(getLocale());
        if (venue != null) {
            Span where = new Span(venue);
            where.addClassName("public-programme__where");
            header.add(where);
        }
        Map<LocalDate, List<SessionSummary>> byDay = shown.byDay();
        Div days = new Div();
        days.addClassName("public-programme__days");
        days.setId("public-programme-days");
        for (LocalDate day : byDay.keySet()) {
            Button button = new Button(ProgrammeDates.shortDay(day, getLocale()), e -> select(day, byDay));
            button.addClassName("public-programme__day");
            button.getElement().setAttribute("data-day", day.toString());
            dayButtons.add(button);
            days.add(button);
        }
        Anchor ics = new Anchor("calendar/" + shown.event().id() + "/programme.ics?lang=" + (AppLocales.isChinese(getLocale()) ? "zh" : "en"),
                getTranslation("programme.public.add-to-calendar"));
        ics.setId("public-programme-ics");
        ics.addClassName("public-programme__ics");
        sessions.setId("public-programme-sessions");
        sessions.addClassName("public-programme__sessions");
        add(days, sessions, ics);
        LocalDate today = LocalDate.now(clock.withZone(shown.event().timeZone()));
        select(byDay.containsKey(today) ? today : byDay.keySet().iterator().next(), byDay);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("programme.public.title") : shown.event().name(getLocale()) + " · " + getTranslation("programme.public.title");
    }

    private void select(LocalDate day, Map<LocalDate, List<SessionSummary>> byDay) {
        dayButtons.forEach(b -> {
            boolean on = day.toString().equals(b.getElement().getAttribute("data-day"));
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (on) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        sessions.removeAll();
        for (SessionSummary s : byDay.getOrDefault(day, List.of())) {
            sessions.add(card(s));
        }
    }

    private Div card(SessionSummary s) {
        Div card = new Div();
        card.addClassName("public-session");
        Span time = new Span(ProgrammeDates.times(s));
        time.addClassName("public-session__time");
        Span kind = new Span(getTranslation(s.kind().messageKey()));
        kind.addClassName("public-session__kind");
        Div top = new Div(time, kind);
        top.addClassName("public-session__top");
        Div title = new Div(s.title(getLocale()));
        title.addClassName("public-session__title");
        Div place = new Div(s.place().name(getLocale()) + (s.place().address() == null ? "" : " · " + s.place().address()));
        place.addClassName("public-session__place");
        card.add(top, title, place);
        String speakers = s.speakers().stream().map(p -> p.name(getLocale())).collect(Collectors.joining("、"));
        if (!speakers.isEmpty()) {
            Div who = new Div(getTranslation("programme.public.speakers", speakers));
            who.addClassName("public-session__speakers");
            card.add(who);
        }
        String about = s.description(getLocale());
        if (about != null) {
            Div text = new Div(about);
            text.addClassName("public-session__about");
            card.add(text);
        }
        return card;
    }
}
