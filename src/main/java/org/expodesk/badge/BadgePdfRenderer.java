package org.expodesk.badge;

import java.io.OutputStream;
import java.util.Iterator;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Prints badges as PDF: one A6 page per badge, or A4 sheets of four for office printers, with cut marks.
 * Badges are drawn one at a time and every page goes to the output stream when it is full, so a print run
 * of 10,000 badges holds one page in memory, not the run.
 * <p>
 * On A4 the four badges are A6 scaled to 92 %: A4 is exactly two A6 wide, which leaves no room for an office
 * printer's unprintable edge or for cut marks; a 97 × 136 mm card still fits an A6 badge holder, and the QR
 * code stays over 25 mm wide.
 */
@Component
public class BadgePdfRenderer {

    public enum Layout {
        /** One badge per A6 page: for a badge printer or a single reprint. */
        A6,
        /** Four badges per A4 sheet with cut marks. */
        A4_2X2
    }

    static final float A4_SCALE = 0.92f;
    private static final float MARK_GAP = BadgeDrawing.mm(1.5f);
    private static final float MARK_LENGTH = BadgeDrawing.mm(4);

    /** Writes the badges to {@code out}, which stays open. Refuses an empty run: a PDF must have a page. */
    public void render(Iterator<BadgePrint> badges, Layout layout, OutputStream out) {
        if (!badges.hasNext()) {
            throw new IllegalArgumentException("No badges to print");
        }
        Rectangle page = layout == Layout.A6 ? BadgeDrawing.A6 : org.openpdf.text.PageSize.A4;
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle("ExpoDesk badges");
        document.addCreator("ExpoDesk");
        document.open();
        BadgeDrawing drawing = new BadgeDrawing(PdfFonts.cjk());
        PdfContentByte canvas = writer.getDirectContent();
        int slot = 0;
        while (badges.hasNext()) {
            BadgePrint badge = badges.next();
            if (layout == Layout.A6) {
                if (slot++ > 0) {
                    document.newPage();
                }
                drawing.draw(canvas, badge);
                continue;
            }
            int cell = slot++ % 4;
            if (cell == 0 && slot > 1) {
                document.newPage();
            }
            drawCell(canvas, drawing, badge, cell, page);
        }
        document.close();
    }

    /** Cells 0 1 / 2 3, centred on the sheet with a gutter for the cut marks. */
    private static void drawCell(PdfContentByte canvas, BadgeDrawing drawing, BadgePrint badge, int cell, Rectangle page) {
        float w = BadgeDrawing.A6.getWidth() * A4_SCALE;
        float h = BadgeDrawing.A6.getHeight() * A4_SCALE;
        float gutter = BadgeDrawing.mm(6);
        float left = (page.getWidth() - 2 * w - gutter) / 2;
        float bottom = (page.getHeight() - 2 * h - gutter) / 2;
        float x = left + (cell % 2) * (w + gutter);
        float y = bottom + (cell < 2 ? h + gutter : 0);
        canvas.saveState();
        canvas.concatCTM(A4_SCALE, 0, 0, A4_SCALE, x, y);
        drawing.draw(canvas, badge);
        canvas.restoreState();
        cutMarks(canvas, x, y, w, h);
    }

    /** Short lines outside each corner along the card's edges: they survive the cut, and nothing is cut off. */
    private static void cutMarks(PdfContentByte canvas, float x, float y, float w, float h) {
        canvas.saveState();
        canvas.setLineWidth(0.3f);
        canvas.setGrayStroke(0);
        for (float cx : new float[] {x, x + w}) {
            for (float cy : new float[] {y, y + h}) {
                float dx = cx == x ? -1 : 1;
                float dy = cy == y ? -1 : 1;
                canvas.moveTo(cx + dx * MARK_GAP, cy);
                canvas.lineTo(cx + dx * (MARK_GAP + MARK_LENGTH), cy);
                canvas.moveTo(cx, cy + dy * MARK_GAP);
                canvas.lineTo(cx, cy + dy * (MARK_GAP + MARK_LENGTH));
            }
        }
        canvas.stroke();
        canvas.restoreState();
    }
}
