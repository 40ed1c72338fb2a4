package org.expodesk.reception;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The kitchen's sheet of one meal on A4, headings in Chinese and English: the meal, the persons to cook for by
 * dietary need, and per table the persons and the diners whose needs the waiters must know.
 */
final class KitchenSheetPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Font TITLE = PdfFonts.cjk(18, Font.BOLD);
    private static final Font HEADING = PdfFonts.cjk(12, Font.BOLD, new java.awt.Color(0x2f, 0x6f, 0xb0));
    private static final Font TEXT = PdfFonts.cjk(10, Font.NORMAL);
    private static final Font STRONG = PdfFonts.cjk(11, Font.BOLD);

    private KitchenSheetPdf() {
    }

    static void write(MealSummary meal, KitchenCount count, OutputStream out) {
        Document d = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(d, out);
        d.open();
        Paragraph title = new Paragraph("厨房备餐单 Kitchen sheet", TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        d.add(title);
        Paragraph what = new Paragraph(meal.nameZh() + (meal.nameEn() == null ? "" : " / " + meal.nameEn()) + "   "
                + WHEN.format(meal.startsAt()) + "   " + meal.place(), STRONG);
        what.setAlignment(Element.ALIGN_CENTER);
        d.add(what);

        heading(d, "备餐人数 Persons to cook for: " + count.persons());
        PdfPTable needs = table(new float[] {3, 1}, 50);
        header(needs, "饮食要求 Dietary need", "人数 Persons");
        for (Map.Entry<String, Integer> need : count.byDietary().entrySet()) {
            needs.addCell(cell(need.getKey().equals(MealService.NO_NEEDS) ? "无特殊要求 None" : need.getKey()));
            needs.addCell(cell(String.valueOf(need.getValue())));
        }
        d.add(needs);

        heading(d, "各桌 Tables");
        PdfPTable tables = table(new float[] {1, 1, 5}, 100);
        header(tables, "桌号 Table", "人数 Persons", "特殊饮食 Dietary needs at the table");
        for (MealSummary.Table t : meal.tables()) {
            tables.addCell(cell(String.valueOf(t.tableNo())));
            tables.addCell(cell(t.taken() + " / " + t.seats()));
            tables.addCell(cell(String.join("；", t.diners().stream().filter(MealSummary.Diner::hasDietaryNeeds)
                    .map(x -> x.nameZh() + "：" + x.dietary().strip()).toList())));
        }
        d.add(tables);
        d.close();
    }

    private static void heading(Document d, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        d.add(p);
    }

    private static PdfPTable table(float[] widths, float percent) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(percent);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setHeaderRows(1);
        return t;
    }

    private static void header(PdfPTable t, String... texts) {
        for (String text : texts) {
            PdfPCell c = new PdfPCell(new Phrase(text, STRONG));
            c.setBackgroundColor(new java.awt.Color(0xee, 0xee, 0xee));
            c.setPadding(4);
            t.addCell(c);
        }
    }

    private static PdfPCell cell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, TEXT));
        c.setPadding(4);
        return c;
    }
}
