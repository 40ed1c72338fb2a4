package org.expodesk.reception.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.expodesk.reception.ItineraryService;

/** Itineraries as browser downloads, drawn into the response when the link is clicked, so they are current. */
final class ItineraryDownloads {

    private final ItineraryService itineraries;

    ItineraryDownloads(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    DownloadHandler single(long guestId) {
        return e -> write(e, "itinerary-" + guestId + ".pdf", out -> itineraries.write(guestId, out));
    }

    /** One PDF of the guests the screen shows at the moment of the click. */
    DownloadHandler batch(long eventId, Supplier<List<Long>> shown) {
        return e -> write(e, "itineraries-" + eventId + ".pdf", out -> itineraries.writeBatch(eventId, shown.get(), out));
    }

    private static void write(DownloadEvent event, String fileName, Consumer<OutputStream> pdf) throws IOException {
        event.setFileName(fileName);
        event.setContentType("application/pdf");
        try (OutputStream out = event.getOutputStream()) {
            pdf.accept(out);
        }
    }
}
