package org.expodesk.badge;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws a badge code's QR symbol into a PDF, as the badge itself carries it: vector modules, one rectangle per
 * horizontal run (sharp on any printer, a few kilobytes each), on white with the standard quiet zone. Other
 * features that print a guest's code (the reception's itinerary) use this so gates read it the same way.
 */
public final class BadgeQrSymbol {

    /** Modules across a badge code's symbol with its quiet zone: the symbol itself is 45 of them (version 7, level M). */
    public static final int MODULES_WITH_QUIET_ZONE = 45 + 2 * BadgeQrCode.QUIET_ZONE_MODULES;

    private BadgeQrSymbol() {
    }

    /** The symbol of {@code code} in a square of {@code size} points (quiet zone included), lower left corner at x, y. */
    public static void draw(PdfContentByte canvas, String code, float x, float y, float size) {
        BitMatrix matrix = BadgeQrCode.matrix(code);
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // Rows overlap a hair so no white seams appear between them at low printer resolutions.
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (col - start) * module, module + 0.05f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
