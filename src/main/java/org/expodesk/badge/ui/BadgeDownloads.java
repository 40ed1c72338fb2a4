package org.expodesk.badge.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.expodesk.badge.BadgeFilter;
import org.expodesk.badge.BadgePdfRenderer;
import org.expodesk.badge.BadgePrint;
import org.expodesk.badge.BadgePrintRun;
import org.expodesk.badge.BadgeService;

/**
 * Badge PDFs as browser downloads, written straight into the response while they are drawn: nothing is
 * built in memory first, however long the list. The filter is read when the link is clicked, so the sheet
 * holds what the grid shows at that moment.
 */
final class BadgeDownloads {

    private static final String PDF = "application/pdf";

    private final BadgeService badges;
    private final BadgePdfRenderer renderer;

    BadgeDownloads(BadgeService badges, BadgePdfRenderer renderer) {
        this.badges = badges;
        this.renderer = renderer;
    }

    /** One badge on an A6 page. */
    DownloadHandler single(long badgeId) {
        return event -> {
            BadgePrint badge = badges.print(badgeId);
            write(event, "badge-" + badge.id() + ".pdf",
                    out -> renderer.render(List.of(badge).iterator(), BadgePdfRenderer.Layout.A6, out));
        };
    }

    /** Every valid badge of the filtered list, four to an A4 sheet; nothing (204) when there is none. */
    DownloadHandler sheets(long eventId, Supplier<BadgeFilter> filter) {
        return event -> {
            BadgeFilter current = filter.get();
            if (badges.countPrintable(eventId, current) == 0) {
                event.getResponse().setStatus(204);
                return;
            }
            write(event, "badges-" + eventId + ".pdf", out -> renderer.render(new BadgePrintRun(badges, eventId, current),
                    BadgePdfRenderer.Layout.A4_2X2, out));
        };
    }

    private interface PdfWriting {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(DownloadEvent event, String fileName, PdfWriting pdf) throws IOException {
        event.setFileName(fileName);
        event.setContentType(PDF);
        try (OutputStream out = event.getOutputStream()) {
            pdf.writeTo(out);
        }
    }
}
