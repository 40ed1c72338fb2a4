package org.expodesk.exhibitor;

import java.awt.Color;
import java.util.List;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The plan's second part: every booth that a company holds or has, hall by hall and by code, with the
 * company's names in both languages and the area. The header row repeats on every page, so a page taken
 * from the wall still reads.
 */
final class ExhibitorList {

    private static final Color HEADER = new Color(0xe8, 0xec, 0xf0);

    private ExhibitorList() {
    }

    static void add(Document document, List<FloorPlanPdf.HallPage> pages, MessageBundles bundles) {
        Font title = new Font(PdfFonts.cjk(), 16, Font.NORMAL);
        Font head = new Font(PdfFonts.cjk(), 9, Font.BOLD);
        Font body = new Font(PdfFonts.cjk(), 9, Font.NORMAL);
        document.add(new Paragraph("展商名录（按展位）  Exhibitors by booth", title));
        document.add(new Paragraph(" ", body));
        PdfPTable table = new PdfPTable(new float[] {1.6f, 1f, 3.4f, 3.6f, 1f, 1.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : List.of("展馆 Hall", "展位号 Booth", "公司名称（中文） Company (Chinese)", "公司名称（英文） Company (English)",
                "面积 m²", "状态 Status")) {
            PdfPCell cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        int rows = 0;
        for (FloorPlanPdf.HallPage page : pages) {
            HallSummary hall = page.plan().hall();
            for (BoothSummary booth : page.plan().booths()) {
                String[] name = page.names().get(booth.id());
                if (name == null || !booth.status().isTaken()) {
                    continue;
                }
                rows++;
                cell(table, hall.nameZh(), body, Element.ALIGN_LEFT);
                cell(table, booth.code(), body, Element.ALIGN_LEFT);
                cell(table, name[0], body, Element.ALIGN_LEFT);
                cell(table, name[1] == null ? "" : name[1], body, Element.ALIGN_LEFT);
                cell(table, booth.area().stripTrailingZeros().toPlainString(), body, Element.ALIGN_RIGHT);
                cell(table, bundles.text(AppLocales.ZH_CN, booth.status().messageKey()) + " "
                        + bundles.text(AppLocales.EN, booth.status().messageKey()), body, Element.ALIGN_LEFT);
            }
        }
        if (rows == 0) {
            PdfPCell none = new PdfPCell(new Phrase("尚无展位分配给企业。 No booth has been given to a company yet.", body));
            none.setColspan(6);
            none.setPadding(4);
            table.addCell(none);
        }
        document.add(table);
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(align);
        table.addCell(cell);
    }
}
