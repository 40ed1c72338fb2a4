package org.expodesk.countdown;

import org.expodesk.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.OutputStream;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.daily.DailySummaryFigure;
import org.expodesk.shared.daily.DailySummaryLine;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A daily summary as a bilingual A4 PDF: every heading and label in Chinese with the English beneath, the figures
 * of each section in a table, and its lines (done today, late …) in both languages. It prints the sections the
 * reader may see, as the screen does.
 */
@Component
public class DailySummaryPdf {

    private static final Color GREY = new Color(0x55, 0x5f, 0x6b);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExpoDeskI18NProvider texts;

    public DailySummaryPdf(ExpoDeskI18NProvider texts) {
        this.texts = texts;
    }

    public void render(EventSummary event, DailySummary summary, OutputStream out) {
        BaseFont base = PdfFonts.cjk();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font body = new Font(base, 10);
        Font english = new Font(base, 8.5f, Font.NORMAL, GREY);
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle("ExpoDesk daily summary " + summary.day());
        document.addCreator("ExpoDesk");
        document.open();
        document.add(new Paragraph(zh("countdown.summaries.pdf.title") + " · " + summary.day(), title));
        document.add(new Paragraph(en("countdown.summaries.pdf.title") + " · " + summary.day(), english));
        document.add(new Paragraph(event.nameZh(), body));
        document.add(new Paragraph(event.nameEn(), english));
        String composed = summary.composedAt().atZone(event.timeZone()).format(TIME);
        document.add(new Paragraph(zh("countdown.summaries.composed-at", composed) + " / " + en("countdown.summaries.composed-at", composed), english));
        for (DailySummarySection section : summary.sections()) {
            Paragraph h = new Paragraph(zh(section.titleKey()), heading);
            h.setSpacingBefore(16);
            document.add(h);
            document.add(new Paragraph(en(section.titleKey()), english));
            if (!section.figures().isEmpty()) {
                document.add(figures(section.figures(), body, english));
            }
            Map<String, List<DailySummaryLine>> groups = new LinkedHashMap<>();
            section.lines().forEach(l -> groups.computeIfAbsent(l.groupKey(), k -> new java.util.ArrayList<>()).add(l));
            for (var group : groups.entrySet()) {
                Paragraph g = new Paragraph(zh(group.getKey()) + "  " + en(group.getKey()), new Font(base, 10.5f, Font.BOLD));
                g.setSpacingBefore(8);
                document.add(g);
                for (DailySummaryLine line : group.getValue()) {
                    Paragraph p = new Paragraph("• " + line.zh(), body);
                    p.setIndentationLeft(10);
                    document.add(p);
                    Paragraph e = new Paragraph(line.en(), english);
                    e.setIndentationLeft(19);
                    document.add(e);
                }
            }
            if (section.figures().isEmpty() && section.lines().isEmpty()) {
                document.add(new Paragraph(zh("countdown.summaries.nothing") + " " + en("countdown.summaries.nothing"), english));
            }
        }
        document.close();
    }

    private PdfPTable figures(List<DailySummaryFigure> figures, Font body, Font english) {
        PdfPTable table = new PdfPTable(new float[] {5, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(6);
        for (DailySummaryFigure figure : figures) {
            Phrase label = new Phrase(zh(figure.labelKey()) + "\n", body);
            label.add(new Phrase(en(figure.labelKey()), english));
            PdfPCell name = new PdfPCell(label);
            name.setPadding(4);
            name.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
            PdfPCell value = new PdfPCell(new Phrase(String.valueOf(figure.value()), new Font(body.getBaseFont(), 13, Font.BOLD)));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            value.setVerticalAlignment(Element.ALIGN_MIDDLE);
            value.setPadding(4);
            value.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
            table.addCell(name);
            table.addCell(value);
        }
        return table;
    }

    private String zh(String key, Object... args) {
        return texts.getTranslation(key, AppLocales.ZH_CN, args);
    }

    private String en(String key, Object... args) {
        return texts.getTranslation(key, AppLocales.EN, args);
    }

}
