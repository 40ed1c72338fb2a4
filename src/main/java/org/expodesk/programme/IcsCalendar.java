package org.expodesk.programme;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Sessions as an iCalendar file (RFC 5545) that phone and desktop calendars import or subscribe to. Times are
 * written in UTC ({@code 20261016T010000Z}), so no VTIMEZONE is needed and every app shows them in its own zone;
 * texts are escaped, lines folded at 75 octets without splitting a UTF-8 character, and lines end with CRLF.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private IcsCalendar() {
    }

    /**
     * @param name     the calendar's name, shown by calendar apps
     * @param stamp    when this file is generated (DTSTAMP of every event)
     * @param locale   the language of titles and places
     */
    public static String write(String name, List<SessionSummary> sessions, Instant stamp, Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//ExpoDesk//Programme//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (SessionSummary s : sessions) {
            line(out, "BEGIN:VEVENT");
            // Stable across downloads, so a re-import updates the entry instead of adding a second one.
            line(out, "UID:programme-session-" + s.id() + "@expodesk");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(s.start()));
            line(out, "DTEND:" + UTC.format(s.end()));
            line(out, "SUMMARY:" + escape(s.title(locale)));
            line(out, "LOCATION:" + escape(location(s.place(), locale)));
            String description = description(s, locale);
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + escape(description));
            }
            line(out, "CLASS:" + (s.publicSession() ? "PUBLIC" : "PRIVATE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String location(SessionPlace place, Locale locale) {
        return place.address() == null ? place.name(locale) : place.name(locale) + ", " + place.address();
    }

    private static String description(SessionSummary s, Locale locale) {
        StringBuilder text = new StringBuilder();
        String speakers = s.speakers().stream().map(p -> p.name(locale)).collect(Collectors.joining(", "));
        if (!speakers.isEmpty()) {
            text.append(speakers);
        }
        String about = s.description(locale);
        if (about != null) {
            text.append(text.isEmpty() ? "" : "\n").append(about);
        }
        return text.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545, 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded: at most 75 octets per physical line, continuation lines start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
