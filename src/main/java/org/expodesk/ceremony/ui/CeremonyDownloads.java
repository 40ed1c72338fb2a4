package org.expodesk.ceremony.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.expodesk.ceremony.Ceremony;
import org.expodesk.ceremony.CeremonyPdfRenderer;
import org.expodesk.ceremony.NameCardRenderer;

/**
 * The four papers of a ceremony as downloads, in the screen's language. The ceremony is read when the link is
 * clicked, so the paper shows the order on screen at that moment; the PDF is written straight into the response.
 */
final class CeremonyDownloads {

    private final CeremonyPdfRenderer papers;
    private final NameCardRenderer cards;
    private final Supplier<Ceremony> current;

    CeremonyDownloads(CeremonyPdfRenderer papers, NameCardRenderer cards, Supplier<Ceremony> current) {
        this.papers = papers;
        this.cards = cards;
        this.current = current;
    }

    DownloadHandler runSheet(Locale locale) {
        return pdf("run-sheet", (c, out) -> papers.runSheet(c, locale, out));
    }

    DownloadHandler dealList(Locale locale) {
        return pdf("deals", (c, out) -> papers.dealList(c, locale, out));
    }

    DownloadHandler nameCards() {
        return pdf("name-cards", cards::render);
    }

    DownloadHandler pressSummary(Locale locale) {
        return pdf("press-summary", (c, out) -> papers.pressSummary(c, locale, out));
    }

    private DownloadHandler pdf(String name, BiConsumer<Ceremony, OutputStream> paper) {
        return event -> {
            Ceremony ceremony = current.get();
            event.setFileName("ceremony-" + ceremony.id() + "-" + name + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                paper.accept(ceremony, out);
            }
        };
    }
}
