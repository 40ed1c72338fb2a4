package org.expodesk.reception;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestSummary;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.pdf.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws personal itineraries: one A4 page per guest, every heading in Chinese and English, each section only when
 * there is something in it. A batch is one document written page by page to the stream.
 */
final class ItineraryPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Font TITLE = PdfFonts.cjk(18, Font.BOLD);
    private static final Font HEADING = PdfFonts.cjk(12, Font.BOLD, new java.awt.Color(0x2f, 0x6f, 0xb0));
    private static final Font TEXT = PdfFonts.cjk(10, Font.NORMAL);

    /** Everything one guest's page shows. */
    record Page(EventSummary event, GuestSummary guest, @Nullable TripSummary pickup, @Nullable StaySummary stay,
            @Nullable HotelSummary hotel, List<MealLine> meals, List<SessionSummary> sessions, @Nullable String contact) {
    }

    record MealLine(MealSummary meal, int tableNo) {
    }

    private ItineraryPdf() {
    }

    static void write(List<Page> pages, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        boolean first = true;
        for (Page page : pages) {
            if (!first) {
                document.newPage();
            }
            first = false;
            draw(document, page);
        }
        if (pages.isEmpty()) {
            document.add(new Paragraph("—", TEXT));
        }
        document.close();
    }

    private static void draw(Document d, Page p) {
        GuestSummary g = p.guest();
        Paragraph title = new Paragraph("个人行程 Personal itinerary", TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        d.add(title);
        d.add(centred(p.event().nameZh() + (p.event().nameEn() == null ? "" : " · " + p.event().nameEn())));
        d.add(new Paragraph(g.nameZh() + (g.nameEn() == null ? "" : " " + g.nameEn())
                + (g.organisation() == null ? "" : " · " + g.organisation())
                + (g.companions() > 0 ? "（同行 " + g.companions() + " 人 / companions " + g.companions() + "）" : ""), PdfFonts.cjk(13, Font.BOLD)));

        heading(d, "接站 Arrival pickup");
        TripSummary trip = p.pickup();
        if (trip == null) {
            d.add(line("未安排 / Not arranged yet"));
        } else {
            d.add(line(WHEN.format(trip.windowStart()) + "  " + trip.place()
                    + (g.arrival() != null && g.arrival().number() != null ? "  " + g.arrival().number() : "")));
            VehicleSummary v = trip.vehicle();
            d.add(line(v == null ? "车辆待定 / Car to be assigned"
                    : "车辆 Car: " + v.plate() + "   司机 Driver: " + v.driverName() + "  " + v.driverPhone()));
        }

        heading(d, "住宿 Hotel and room");
        if (p.stay() == null || p.hotel() == null) {
            d.add(line("未安排 / Not arranged yet"));
        } else {
            HotelSummary h = p.hotel();
            d.add(line(h.nameZh() + (h.nameEn() == null ? "" : " / " + h.nameEn())));
            if (h.address() != null) {
                d.add(line(h.address() + (h.phone() == null ? "" : "  ☎ " + h.phone())));
            }
            PdfPTable rooms = new PdfPTable(2);
            rooms.setWidthPercentage(60);
            rooms.setSpacingBefore(6);
            rooms.setHorizontalAlignment(Element.ALIGN_LEFT);
            rooms.addCell(cell("入住晚 Night"));
            rooms.addCell(cell("房间 Room"));
            for (StaySummary.RoomNight n : p.stay().rooms()) {
                rooms.addCell(cell(n.night().toString()));
                rooms.addCell(cell(n.label()));
            }
            d.add(rooms);
        }

        if (!p.meals().isEmpty()) {
            heading(d, "用餐 Meals");
            for (MealLine m : p.meals()) {
                d.add(line(WHEN.format(m.meal().startsAt()) + "  " + m.meal().nameZh()
                        + (m.meal().nameEn() == null ? "" : " / " + m.meal().nameEn()) + "  " + m.meal().place()
                        + "  " + m.tableNo() + " 号桌 / table " + m.tableNo()));
            }
        }
        if (!p.sessions().isEmpty()) {
            heading(d, "活动日程 Programme");
            for (SessionSummary s : p.sessions()) {
                d.add(line(WHEN.format(s.localStart()) + "  " + s.titleZh() + (s.titleEn() == null ? "" : " / " + s.titleEn())));
            }
        }
        heading(d, "联系人 Contact");
        d.add(line(p.contact() == null ? "接待组 Reception desk" : p.contact()));
    }

    private static void heading(Document d, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        d.add(p);
    }

    private static Paragraph line(String text) {
        return new Paragraph(text, TEXT);
    }

    private static Paragraph centred(String text) {
        Paragraph p = new Paragraph(text, TEXT);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static org.openpdf.text.pdf.PdfPCell cell(String text) {
        return new org.openpdf.text.pdf.PdfPCell(new org.openpdf.text.Phrase(text, TEXT));
    }
}
