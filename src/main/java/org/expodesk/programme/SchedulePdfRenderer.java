package org.expodesk.programme;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.pdf.PageNumbers;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The printed schedules, A4 portrait, Chinese or English edition, with the CJK font embedded: the event's
 * programme by day with a cover, one place's schedule for its door, and one person's day. Tables break across
 * pages and repeat their day and column headings; every page but the cover is numbered "第 n 页 / 共 m 页".
 */
@Component
public class SchedulePdfRenderer {

    static final Color HEADER = new Color(0xE8, 0xEE, 0xF7);
    static final Color RULE = new Color(0xB0, 0xBC, 0xCC);
    static final Color MUTED = new Color(0x5A, 0x66, 0x75);
    private static final float[] PROGRAMME_COLUMNS = {1.75f, 4.2f, 2.2f, 2.6f};

    private final MessageBundles bundles;

    public SchedulePdfRenderer(ExpoDeskI18NProvider i18n) {
        this.bundles = i18n.bundles();
    }

    /** The whole programme: a cover, then one table per day. */
    public void programme(EventSummary event, List<SessionSummary> sessions, Locale locale, OutputStream out) {
        ByteArrayOutputStream draft = PageNumbers.buffer();
        Document document = open(draft, event.name(locale) + " · " + text(locale, "programme.pdf.programme"));
        cover(document, event, locale);
        document.newPage();
        Map<LocalDate, List<SessionSummary>> byDay = byDay(sessions);
        for (LocalDate day : ProgrammeDates.days(event)) {
            byDay.putIfAbsent(day, List.of());
        }
        boolean first = true;
        for (var entry : byDay.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            if (!first) {
                document.add(spacer(14));
            }
            first = false;
            document.add(dayTable(entry.getKey(), entry.getValue(), locale, true));
        }
        if (first) {
            document.add(new Paragraph(text(locale, "programme.pdf.no-sessions"), PdfFonts.cjk(11, Font.NORMAL)));
        }
        document.close();
        number(draft, out, 2, locale);
    }

    /** One place's sessions, for the meeting-room door: the place's name large, then each day. */
    public void placeSchedule(EventSummary event, SessionPlace place, List<SessionSummary> sessions, Locale locale, OutputStream out) {
        ByteArrayOutputStream draft = PageNumbers.buffer();
        Document document = open(draft, place.name(locale));
        document.add(new Paragraph(event.name(locale), PdfFonts.cjk(11, Font.NORMAL, MUTED)));
        Paragraph title = new Paragraph(place.name(locale), PdfFonts.cjk(28, Font.BOLD));
        title.setSpacingAfter(4);
        document.add(title);
        if (place.address() != null) {
            document.add(new Paragraph(place.address(), PdfFonts.cjk(10, Font.NORMAL, MUTED)));
        }
        document.add(spacer(10));
        for (var entry : byDay(sessions).entrySet()) {
            document.add(dayTable(entry.getKey(), entry.getValue(), locale, false));
            document.add(spacer(12));
        }
        if (sessions.isEmpty()) {
            document.add(new Paragraph(text(locale, "programme.pdf.no-sessions"), PdfFonts.cjk(11, Font.NORMAL)));
        }
        document.close();
        number(draft, out, 1, locale);
    }

    /** One person's sessions on one day, as a page of its own. */
    public void personDay(EventSummary event, String personName, LocalDate day, List<SessionSummary> sessions, Locale locale, OutputStream out) {
        ByteArrayOutputStream draft = PageNumbers.buffer();
        Document document = open(draft, personName);
        addPersonDay(document, event, personName, day, sessions, locale);
        document.close();
        number(draft, out, 1, locale);
    }

    /**
     * Adds one person's day to a document being written, for itineraries that put days and other pages together:
     * a heading with the name and the day, then the day's sessions with places and dress codes.
     */
    public void addPersonDay(Document document, EventSummary event, String personName, LocalDate day, List<SessionSummary> sessions,
            Locale locale) {
        document.add(new Paragraph(event.name(locale), PdfFonts.cjk(10, Font.NORMAL, MUTED)));
        Paragraph title = new Paragraph(text(locale, "programme.pdf.person-title", personName), PdfFonts.cjk(20, Font.BOLD));
        title.setSpacingAfter(8);
        document.add(title);
        List<SessionSummary> ofDay = sessions.stream().filter(s -> s.day().equals(day)).toList();
        if (ofDay.isEmpty()) {
            document.add(new Paragraph(ProgrammeDates.longDay(day, locale), PdfFonts.cjk(12, Font.BOLD)));
            document.add(new Paragraph(text(locale, "programme.pdf.no-sessions"), PdfFonts.cjk(11, Font.NORMAL)));
            return;
        }
        document.add(dayTable(day, ofDay, locale, true));
    }

    private PdfPTable dayTable(LocalDate day, List<SessionSummary> sessions, Locale locale, boolean withPlace) {
        float[] widths = withPlace ? PROGRAMME_COLUMNS : new float[] {1.75f, 5.2f, 3.3f};
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        // A row moves whole to the next page; only a row taller than a page is split.
        table.setSplitLate(true);
        table.setSplitRows(true);
        PdfPCell dayCell = new PdfPCell(new Phrase(ProgrammeDates.longDay(day, locale), PdfFonts.cjk(13, Font.BOLD)));
        dayCell.setColspan(widths.length);
        dayCell.setBorder(PdfPCell.BOTTOM);
        dayCell.setBorderColor(RULE);
        dayCell.setPaddingBottom(6);
        table.addCell(dayCell);
        header(table, text(locale, "programme.pdf.time"));
        header(table, text(locale, "programme.pdf.session"));
        if (withPlace) {
            header(table, text(locale, "programme.pdf.place"));
        }
        header(table, text(locale, "programme.pdf.speakers"));
        for (SessionSummary s : sessions) {
            table.addCell(cell(new Phrase(ProgrammeDates.times(s), PdfFonts.cjk(9.5f, Font.BOLD))));
            table.addCell(cell(sessionText(s, locale)));
            if (withPlace) {
                table.addCell(cell(new Phrase(s.place().name(locale), PdfFonts.cjk(9.5f, Font.NORMAL))));
            }
            table.addCell(cell(new Phrase(speakers(s, locale), PdfFonts.cjk(9.5f, Font.NORMAL))));
        }
        return table;
    }

    private Phrase sessionText(SessionSummary s, Locale locale) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(s.title(locale), PdfFonts.cjk(10.5f, Font.BOLD)));
        StringBuilder small = new StringBuilder(text(locale, s.kind().messageKey()));
        String host = s.hostUnitName(locale);
        if (host != null) {
            small.append(" · ").append(text(locale, "programme.pdf.host", host));
        }
        if (s.dressCode() != null) {
            small.append(" · ").append(text(locale, "programme.pdf.dress-code", s.dressCode()));
        }
        phrase.add(new Chunk("\n" + small, PdfFonts.cjk(8.5f, Font.NORMAL, MUTED)));
        return phrase;
    }

    private static String speakers(SessionSummary s, Locale locale) {
        return s.speakers().stream().map(p -> p.title() == null || !org.expodesk.shared.i18n.AppLocales.isChinese(locale)
                ? p.name(locale) : p.name(locale) + "（" + p.title() + "）").collect(Collectors.joining("\n"));
    }

    private void cover(Document document, EventSummary event, Locale locale) {
        document.add(spacer(170));
        Paragraph name = new Paragraph(event.name(locale), PdfFonts.cjk(26, Font.BOLD));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setLeading(36);
        document.add(name);
        document.add(spacer(18));
        Paragraph what = new Paragraph(text(locale, "programme.pdf.programme"), PdfFonts.cjk(20, Font.NORMAL, MUTED));
        what.setAlignment(Element.ALIGN_CENTER);
        document.add(what);
        document.add(spacer(60));
        String dates = ProgrammeDates.longDay(event.startDate(), locale) + " – " + ProgrammeDates.longDay(event.endDate(), locale);
        Paragraph when = new Paragraph(dates, PdfFonts.cjk(13, Font.NORMAL));
        when.setAlignment(Element.ALIGN_CENTER);
        document.add(when);
        String venue = event.venueName(locale);
        if (venue != null) {
            Paragraph where = new Paragraph(venue, PdfFonts.cjk(12, Font.NORMAL, MUTED));
            where.setAlignment(Element.ALIGN_CENTER);
            where.setSpacingBefore(6);
            document.add(where);
        }
    }

    private static Document open(OutputStream out, String title) {
        Document document = new Document(PageSize.A4, 42, 42, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("ExpoDesk");
        document.open();
        return document;
    }

    private void number(ByteArrayOutputStream draft, OutputStream out, int firstNumbered, Locale locale) {
        PageNumbers.stamp(draft.toByteArray(), out, firstNumbered, (page, total) -> text(locale, "programme.pdf.page", page, total));
    }

    private static Map<LocalDate, List<SessionSummary>> byDay(List<SessionSummary> sessions) {
        return sessions.stream().collect(Collectors.groupingBy(SessionSummary::day, TreeMap::new, Collectors.toList()));
    }

    private static void header(PdfPTable table, String label) {
        PdfPCell cell = new PdfPCell(new Phrase(label, PdfFonts.cjk(9, Font.BOLD)));
        cell.setBackgroundColor(HEADER);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setPaddingBottom(7);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ");
        p.setLeading(height);
        return p;
    }

    private String text(Locale locale, String key, Object... args) {
        return bundles.text(locale, key, args);
    }
}
