package org.expodesk.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * "第 n 页 / 共 m 页" or "Page n of m" at the foot of every page. The total is known only when a document is
 * finished, so the document is drawn first and numbered in a second, cheap pass over its pages.
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    /**
     * Writes {@code pdf} to {@code out} with a centred footer on every page from {@code firstNumbered} (1-based; a
     * cover is usually left bare). {@code text} gets (page, total) and returns the footer.
     */
    public static void stamp(byte[] pdf, OutputStream out, int firstNumbered, BiFunction<Integer, Integer, String> text) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.getWriter().setCloseStream(false);
            int total = reader.getNumberOfPages();
            for (int page = firstNumbered; page <= total; page++) {
                Rectangle size = reader.getPageSize(page);
                ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
                        new Phrase(text.apply(page, total), PdfFonts.cjk(8, org.openpdf.text.Font.NORMAL, java.awt.Color.GRAY)),
                        size.getWidth() / 2, 20, 0);
            }
            stamper.close();
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot number the pages", e);
        }
    }

    /** A buffer for the first pass. */
    public static ByteArrayOutputStream buffer() {
        return new ByteArrayOutputStream(64 * 1024);
    }
}
