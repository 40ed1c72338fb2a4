package org.expodesk.programme.web;

import java.time.Clock;
import java.util.Locale;
import org.expodesk.programme.IcsCalendar;
import org.expodesk.programme.PersonCalendar;
import org.expodesk.programme.PublicProgrammeService;
import org.expodesk.shared.i18n.AppLocales;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme as .ics for calendar apps, which cannot sign in: the public sessions of an event for anybody, and
 * one person's sessions behind the unguessable token in the link the office gives them. Unknown or archived
 * events and unknown tokens answer 404 alike.
 */
@RestController
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final PublicProgrammeService programme;
    private final Clock clock;

    CalendarController(PublicProgrammeService programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
    }

    @GetMapping("/calendar/{eventId}/programme.ics")
    ResponseEntity<String> programme(@PathVariable long eventId, @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = AppLocales.fromTag(lang);
        return programme.programme(eventId)
                .map(p -> ics("programme-" + eventId + ".ics", IcsCalendar.write(p.event().name(locale), p.sessions(), clock.instant(), locale)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/calendar/person/{token}.ics")
    ResponseEntity<String> person(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = AppLocales.fromTag(lang);
        return programme.personCalendar(token).map(c -> ics("my-programme.ics", IcsCalendar.write(name(c, locale), c.sessions(),
                clock.instant(), locale))).orElse(ResponseEntity.notFound().build());
    }

    private static String name(PersonCalendar calendar, Locale locale) {
        return calendar.sessions().stream().flatMap(s -> s.people().stream()).filter(p -> p.personId() == calendar.personId())
                .findFirst().map(p -> p.name(locale) + " · ").orElse("") + calendar.event().name(locale);
    }

    private static ResponseEntity<String> ics(String fileName, String body) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(body);
    }

}
