package org.expodesk.safety.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.ContingencyPdfRenderer;
import org.expodesk.safety.ContingencyService;
import org.expodesk.safety.TargetLabelPdfRenderer;
import org.expodesk.safety.TargetService;

/** The safety PDFs as downloads, written into the response while they are drawn. */
final class SafetyDownloads {

    private SafetyDownloads() {
    }

    /** QR labels of every target; the code's URL starts with the address the office is using right now. */
    static DownloadHandler labels(TargetService targets, TargetLabelPdfRenderer renderer, long eventId) {
        return event -> {
            event.setFileName("safety-labels-" + eventId + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                renderer.render(targets.all(eventId), baseUrl(event.getRequest()), out);
            }
        };
    }

    static DownloadHandler plans(ContingencyService plans, EventService events, ContingencyPdfRenderer renderer, long eventId) {
        return event -> {
            EventSummary e = events.find(eventId).orElseThrow();
            event.setFileName("contingency-plans-" + eventId + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                renderer.render(e.nameZh(), e.nameEn(), plans.plans(eventId), out);
            }
        };
    }

    static String baseUrl(VaadinRequest request) {
        String scheme = request.getHeader("X-Forwarded-Proto") != null ? request.getHeader("X-Forwarded-Proto") : "http";
        String host = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host") : request.getHeader("Host");
        return scheme + "://" + (host == null ? "localhost" : host) + request.getContextPath();
    }
}
