package org.expodesk.safety;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The event's contingency plans as one bilingual A4 PDF, a plan per page, for printing and for phones without a
 * connection: whom to call first (a table with the numbers large enough to dial from), then the numbered steps in
 * Chinese with the English beneath. The CJK font is embedded, so it reads the same on any device.
 */
@Component
public class ContingencyPdfRenderer {

    private static final Color RED = new Color(0xb8, 0x26, 0x2f);

    public void render(String eventNameZh, String eventNameEn, List<PlanSummary> plans, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        Font small = SafetyFonts.font(9, Font.NORMAL);
        small.setColor(Color.DARK_GRAY);
        boolean first = true;
        for (PlanSummary plan : plans) {
            if (!first) {
                document.newPage();
            }
            first = false;
            document.add(new Paragraph(eventNameZh + " · " + eventNameEn, small));
            Font title = SafetyFonts.font(18, Font.BOLD);
            title.setColor(RED);
            Paragraph heading = new Paragraph(plan.titleZh(), title);
            heading.setSpacingBefore(6);
            document.add(heading);
            document.add(new Paragraph(plan.titleEn(), SafetyFonts.font(12, Font.NORMAL)));
            if (!plan.contacts().isEmpty()) {
                Paragraph callFirst = new Paragraph("先打电话 Call first", SafetyFonts.font(12, Font.BOLD));
                callFirst.setSpacingBefore(12);
                callFirst.setSpacingAfter(4);
                document.add(callFirst);
                PdfPTable table = new PdfPTable(new float[] {4, 3, 3});
                table.setWidthPercentage(100);
                for (PlanSummary.Contact c : plan.contacts()) {
                    table.addCell(cell(c.name(), SafetyFonts.font(11, Font.NORMAL)));
                    table.addCell(cell(c.role(), SafetyFonts.font(10, Font.NORMAL)));
                    table.addCell(cell(c.mobile(), SafetyFonts.font(14, Font.BOLD)));
                }
                document.add(table);
            }
            Paragraph stepsTitle = new Paragraph("处置步骤 Steps", SafetyFonts.font(12, Font.BOLD));
            stepsTitle.setSpacingBefore(12);
            document.add(stepsTitle);
            int n = 1;
            for (PlanSummary.Step step : plan.steps()) {
                Paragraph p = new Paragraph();
                p.setSpacingBefore(6);
                p.add(new Chunk(n++ + ". ", SafetyFonts.font(11, Font.BOLD)));
                p.add(new Chunk(step.textZh(), SafetyFonts.font(11, Font.NORMAL)));
                document.add(p);
                Paragraph en = new Paragraph(step.textEn(), small);
                en.setIndentationLeft(14);
                document.add(en);
            }
        }
        if (plans.isEmpty()) {
            document.add(new Paragraph("—", small));
        }
        document.close();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setPadding(5);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }
}
