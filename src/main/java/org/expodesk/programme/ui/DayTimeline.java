package org.expodesk.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeDates;
import org.expodesk.programme.SessionConflict;
import org.expodesk.programme.SessionPlace;
import org.expodesk.programme.SessionSummary;

/**
 * One day as a calendar: places as columns, time as rows of a quarter of an hour, each session a block spanning its
 * rows. Drawn with a CSS grid (styles/programme.css), no chart library. The column heading links the place's
 * schedule to print for its door.
 */
class DayTimeline extends Div {

    static final int SLOT_MINUTES = 15;

    DayTimeline(LocalDate day, List<SessionSummary> sessions, List<PlaceSummary> places, Map<Long, List<SessionConflict>> conflicts,
            ProgrammeDownloads downloads, Consumer<SessionSummary> onOpen) {
        addClassName("day-timeline");
        setId("day-timeline");
        Locale locale = getLocale();
        Map<String, SessionPlace> columns = new LinkedHashMap<>();
        // Places with sessions that day, in the event's order of places; a place no longer listed keeps its printed name.
        for (PlaceSummary p : places) {
            if (sessions.stream().anyMatch(s -> s.place().key().equals(p.key()))) {
                columns.put(p.key(), new SessionPlace(p.kind(), p.id(), p.nameZh(), p.nameEn(), p.address()));
            }
        }
        sessions.forEach(s -> columns.putIfAbsent(s.place().key(), s.place()));
        int firstHour = Math.min(8, sessions.stream().mapToInt(s -> s.localStart().getHour()).min().orElse(8));
        int lastHour = Math.max(18, sessions.stream().mapToInt(s -> endOnDay(s, day).getHour() + (endOnDay(s, day).getMinute() > 0 ? 1 : 0))
                .max().orElse(18));
        lastHour = Math.min(lastHour, 24);
        int rows = (lastHour - firstHour) * 60 / SLOT_MINUTES;
        getStyle().set("--timeline-columns", String.valueOf(columns.size())).set("--timeline-rows", String.valueOf(rows));

        Div corner = new Div();
        corner.addClassName("day-timeline__corner");
        add(corner);
        List<String> keys = new ArrayList<>(columns.keySet());
        for (int c = 0; c < keys.size(); c++) {
            SessionPlace place = columns.get(keys.get(c));
            Div head = new Div(new Span(place.name(locale)));
            head.addClassName("day-timeline__place");
            head.getStyle().set("grid-column", String.valueOf(c + 2));
            Anchor door = new Anchor(downloads.place(place, locale), AttachmentType.DOWNLOAD, "");
            door.add(VaadinIcon.PRINT.create());
            door.getElement().setAttribute("title", getTranslation("programme.timeline.door-sheet"));
            door.getElement().setAttribute("aria-label", getTranslation("programme.timeline.door-sheet"));
            door.addClassName("day-timeline__door");
            head.add(door);
            add(head);
        }
        for (int h = firstHour; h < lastHour; h++) {
            Div label = new Div(new Span(String.format("%02d:00", h)));
            label.addClassName("day-timeline__hour");
            int row = (h - firstHour) * 60 / SLOT_MINUTES + 2;
            label.getStyle().set("grid-row", row + " / span " + 60 / SLOT_MINUTES);
            add(label);
        }
        Map<String, Integer> stacked = new java.util.HashMap<>();
        for (SessionSummary s : sessions) {
            int column = keys.indexOf(s.place().key()) + 2;
            LocalDateTime dayStart = day.atTime(firstHour, 0);
            long from = Math.max(0, ChronoUnit.MINUTES.between(dayStart, s.localStart())) / SLOT_MINUTES;
            long to = Math.max(from + 1, (ChronoUnit.MINUTES.between(dayStart, endOnDay(s, day)) + SLOT_MINUTES - 1) / SLOT_MINUTES);
            to = Math.min(to, rows);
            add(block(s, column, (int) from + 2, (int) to + 2, conflicts.getOrDefault(s.id(), List.of()), stacked, onOpen));
        }
    }

    private static LocalDateTime endOnDay(SessionSummary s, LocalDate day) {
        LocalDateTime end = s.localEnd();
        return end.toLocalDate().isAfter(day) ? day.plusDays(1).atStartOfDay() : end;
    }

    private Component block(SessionSummary s, int column, int rowFrom, int rowTo, List<SessionConflict> conflicts,
            Map<String, Integer> stacked, Consumer<SessionSummary> onOpen) {
        Div block = new Div();
        block.addClassNames("session-block", "session-block--" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        block.getStyle().set("grid-column", String.valueOf(column)).set("grid-row", rowFrom + " / " + rowTo);
        block.getElement().setAttribute("data-id", String.valueOf(s.id()));
        if (!conflicts.isEmpty()) {
            block.addClassName("session-block--conflict");
            // Two sessions in one place at once would hide each other: the later one steps aside a little.
            int nth = stacked.merge(s.place().key(), 1, Integer::sum);
            block.getStyle().set("margin-left", (nth % 2 == 0 ? 16 : 0) + "px");
            block.add(ConflictMark.of(s, conflicts, this::getTranslation, getLocale()));
        }
        Span time = new Span(ProgrammeDates.times(s));
        time.addClassName("session-block__time");
        Span title = new Span(s.title(getLocale()));
        title.addClassName("session-block__title");
        block.add(time, title);
        if (!s.publicSession()) {
            Span internal = new Span(getTranslation("programme.internal"));
            internal.addClassName("session-block__internal");
            block.add(internal);
        }
        block.getElement().setAttribute("title", s.title(getLocale()) + " · " + ProgrammeDates.times(s));
        block.addClickListener(e -> onOpen.accept(s));
        return block;
    }
}
