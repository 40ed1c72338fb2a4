package org.expodesk.badge.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.expodesk.badge.BadgePdfRenderer;
import org.expodesk.badge.BadgePrint;
import org.expodesk.badge.BadgeService;

/**
 * A single badge's PDF as a browser download, written straight into the response while it is drawn. Whole
 * lists are printed in the background instead ({@link BadgePrintPanel}).
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
