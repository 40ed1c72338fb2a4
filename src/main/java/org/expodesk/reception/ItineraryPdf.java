package org.expodesk.reception;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.badge.BadgeQrSymbol;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestSummary;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.pdf.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
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
    /** The badge's QR square, quiet zone included: 32 mm, so the symbol is 27 mm, above the 25 mm phones need. */
    static final float QR_SIZE = 32 * 72f / 25.4f;

    /** Everything one guest's page shows. */
    record Page(EventSummary event, GuestSummary guest, @Nullable TripSummary pickup, @Nullable StaySummary stay,
            @Nullable HotelSummary hotel, List<MealLine> meals, List<SessionSummary> sessions, @Nullable String contact,
            @Nullable String badgeCode) {
    }

    record MealLine(MealSummary meal, int tableNo) {
    }

    private ItineraryPdf() {
    }

    static void write(List<Page> pages, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        boolean first = true;
        for (Page page : pages) {
            if (!first) {
                document.newPage();
            }
            first = false;
            draw(document, page);
            if (page.badgeCode() != null) {
                badge(document, writer, page.badgeCode());
            }
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

    /** The badge's QR as the gates read it (a 32 mm square, the symbol itself 27 mm) beside the line that says what it is for. */
    private static void badge(Document d, PdfWriter writer, String code) {
        heading(d, "入场证件 Badge");
        PdfTemplate symbol = writer.getDirectContent().createTemplate(QR_SIZE, QR_SIZE);
        BadgeQrSymbol.draw(symbol, code, 0, 0, QR_SIZE);
        PdfPTable table = new PdfPTable(new float[] {QR_SIZE, 300});
        table.setTotalWidth(QR_SIZE + 300);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setKeepTogether(true);
        PdfPCell qr = new PdfPCell(Image.getInstance(symbol), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setPadding(0);
        table.addCell(qr);
        PdfPCell text = new PdfPCell(new Phrase("出示此码入场\nShow this code at the gate", PdfFonts.cjk(12, Font.NORMAL)));
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.setPaddingLeft(12);
        table.addCell(text);
        d.add(table);
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

    private static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text, TEXT));
    }
}
