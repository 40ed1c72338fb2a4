package org.expodesk.programme.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.expodesk.event.EventSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SchedulePdfRenderer;
import org.expodesk.programme.SessionPlace;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.i18n.AppLocales;

/** The printed schedules as downloads; the sessions are read when the link is clicked, so the PDF is current. */
final class ProgrammeDownloads {

    private final ProgrammeService programme;
    private final SchedulePdfRenderer renderer;
    private final EventSummary event;

    ProgrammeDownloads(ProgrammeService programme, SchedulePdfRenderer renderer, EventSummary event) {
        this.programme = programme;
        this.renderer = renderer;
        this.event = event;
    }

    DownloadHandler programme(Locale locale) {
        return download("programme-" + event.id() + "-" + (AppLocales.isChinese(locale) ? "zh" : "en") + ".pdf",
                out -> renderer.programme(event, programme.sessions(event.id()), locale, out));
    }

    DownloadHandler place(SessionPlace place, Locale locale) {
        return download("schedule-" + place.key().replace(':', '-') + ".pdf", out -> renderer.placeSchedule(event, place,
                programme.sessions(event.id()).stream().filter(s -> s.place().key().equals(place.key())).toList(), locale, out));
    }

    DownloadHandler personDay(long personId, String name, LocalDate day, Locale locale) {
        return download("schedule-person-" + personId + "-" + day + ".pdf", out -> {
            List<SessionSummary> theirs = programme.forPerson(event.id(), personId);
            renderer.personDay(event, name, day, theirs, locale, out);
        });
    }

    private interface Pdf {
        void writeTo(OutputStream out) throws IOException;
    }

    private static DownloadHandler download(String fileName, Pdf pdf) {
        return (DownloadEvent e) -> {
            e.setFileName(fileName);
            e.setContentType("application/pdf");
            try (OutputStream out = e.getOutputStream()) {
                pdf.writeTo(out);
            }
        };
    }
}
