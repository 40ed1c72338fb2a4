package org.expodesk.exhibitor;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.FloorPlan;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.PlanPrint;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The wall chart and the printed guide's plan: an A3 landscape PDF with one page per hall, drawn to scale
 * (booths coloured by status with their codes and the company's name, the doors, a legend and a scale bar),
 * followed by the list of exhibitors by booth with the header repeated on every page. Bilingual, with the
 * CJK font embedded. Written straight into the stream while it is drawn.
 */
@Service
public class FloorPlanPdf implements PlanPrint {

    private final EventService events;
    private final HallService halls;
    private final BoothService booths;
    private final BoothAllocator allocator;
    private final EventAccessPolicy access;
    private final ExpoDeskI18NProvider i18n;
    private final Clock clock;

    FloorPlanPdf(EventService events, HallService halls, BoothService booths, BoothAllocator allocator, EventAccessPolicy access,
            ExpoDeskI18NProvider i18n, Clock clock) {
        this.events = events;
        this.halls = halls;
        this.booths = booths;
        this.allocator = allocator;
        this.access = access;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A hall's plan with the names of the companies holding or having its booths (zh, en by booth id). */
    record HallPage(FloorPlan plan, Map<Long, String[]> names) {
    }

    /** The file name a download gets: the event's id, so two events' plans never overwrite each other. */
    @Override
    @PreAuthorize(Roles.OFFICE)
    public String fileName(long eventId) {
        return "floor-plan-" + eventId + ".pdf";
    }

    /** Writes the PDF of every hall of the event; the stream is closed when done. */
    @Override
    @PreAuthorize(Roles.OFFICE)
    public void write(long eventId, OutputStream out) {
        access.requireAccess(eventId);
        EventSummary event = events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        List<HallPage> pages = new ArrayList<>();
        for (HallSummary hall : halls.halls(eventId)) {
            pages.add(new HallPage(booths.plan(hall.id()), allocator.holderNames(hall.id(), clock.instant())));
        }
        Document document = new Document(PageSize.A3.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(event.nameZh() + " 展位图 Floor plan");
        document.addCreator("ExpoDesk");
        document.open();
        try {
            PlanDrawing drawing = new PlanDrawing(writer.getDirectContent(), i18n.bundles());
            if (pages.isEmpty()) {
                drawing.noHalls(event);
            }
            for (HallPage page : pages) {
                drawing.hall(event, page.plan(), page.names());
                document.newPage();
            }
            ExhibitorList.add(document, pages, i18n.bundles());
        } finally {
            document.close();
        }
    }
}
