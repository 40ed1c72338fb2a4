package org.expodesk.badge;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws one badge on an A6 area (origin bottom left, in points). From the top: room for the lanyard punch,
 * the event in both languages with its dates, the wearer's Chinese name as large as fits, English name and
 * organisation, the QR code, the valid days, and the type's colour band with its name in both languages,
 * which a gate volunteer reads from metres away.
 */
final class BadgeDrawing {

    static final Rectangle A6 = new Rectangle(mm(105), mm(148));
    /** Total width of the QR area, quiet zone included; the symbol itself is 45/53 of it, about 32 mm (29.7 mm on A4 sheets). */
    static final float QR_SIZE = mm(38);
    static final float BAND_HEIGHT = mm(28);

    private static final float WIDTH = A6.getWidth();
    private static final float MARGIN = mm(7);
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final BaseFont font;

    BadgeDrawing(BaseFont font) {
        this.font = font;
    }

    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    void draw(PdfContentByte canvas, BadgePrint badge) {
        float top = A6.getHeight();
        centred(canvas, badge.eventNameZh(), fit(badge.eventNameZh(), 12, 8), top - mm(16), INK, false);
        centred(canvas, badge.eventNameEn(), fit(badge.eventNameEn(), 8, 6), top - mm(21), MUTED, false);
        String dates = BadgeTexts.datesZh(badge.eventStart(), badge.eventEnd()) + "  "
                + BadgeTexts.datesEn(badge.eventStart(), badge.eventEnd());
        centred(canvas, dates, fit(dates, 7.5f, 6), top - mm(25.5f), MUTED, false);
        rule(canvas, top - mm(28));

        centred(canvas, badge.nameZh(), fit(badge.nameZh(), 40, 16), top - mm(44), INK, true);
        float y = top - mm(52);
        if (badge.nameEn() != null) {
            centred(canvas, badge.nameEn(), fit(badge.nameEn(), 14, 8), y, INK, false);
            y -= mm(6);
        }
        if (badge.organisation() != null) {
            for (String line : lines(badge.organisation(), 10, 7, 2)) {
                centred(canvas, line, Math.max(7, fit(line, 10, 7)), y, MUTED, false);
                y -= mm(4.5f);
            }
        }

        float qrBottom = BAND_HEIGHT + mm(9);
        BadgeQrSymbol.draw(canvas, badge.code(), (WIDTH - QR_SIZE) / 2, qrBottom, QR_SIZE);
        String valid = "有效日期 Valid  " + BadgeTexts.validDays(badge.validDays());
        centred(canvas, valid, fit(valid, 8, 5.5f), BAND_HEIGHT + mm(4.5f), INK, false);

        band(canvas, badge);
    }

    private void band(PdfContentByte canvas, BadgePrint badge) {
        Color colour = Color.decode(badge.colour());
        canvas.saveState();
        canvas.setColorFill(colour);
        canvas.rectangle(0, 0, WIDTH, BAND_HEIGHT);
        canvas.fill();
        canvas.restoreState();
        // Dark text on light colours (the volunteers' yellow), white on the rest.
        double luminance = (0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue()) / 255;
        Color text = luminance > 0.6 ? INK : Color.WHITE;
        centred(canvas, badge.typeNameZh(), fit(badge.typeNameZh(), 30, 14), mm(13), text, true);
        centred(canvas, badge.typeNameEn().toUpperCase(java.util.Locale.ROOT),
                fit(badge.typeNameEn().toUpperCase(java.util.Locale.ROOT), 12, 7), mm(6), text, false);
    }

    private void centred(PdfContentByte canvas, String text, float size, float baseline, Color colour, boolean heavy) {
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        if (heavy) {
            // The font has no bold face: outlining the glyphs in their own colour thickens them.
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            canvas.setColorStroke(colour);
            canvas.setLineWidth(size / 30);
        }
        canvas.showTextAligned(Element.ALIGN_CENTER, text, WIDTH / 2, baseline, 0);
        canvas.endText();
        canvas.restoreState();
    }

    private void rule(PdfContentByte canvas, float y) {
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setColorStroke(new Color(0xBD, 0xBD, 0xBD));
        canvas.moveTo(MARGIN, y);
        canvas.lineTo(WIDTH - MARGIN, y);
        canvas.stroke();
        canvas.restoreState();
    }

    /** The largest size from {@code max} down to {@code min} at which the text fits the width; {@code min} if none does. */
    private float fit(@Nullable String text, float max, float min) {
        if (text == null) {
            return max;
        }
        float width = font.getWidthPoint(text, max);
        return width <= TEXT_WIDTH ? max : Math.max(min, max * TEXT_WIDTH / width);
    }

    /** Breaks a long organisation name into at most {@code maxLines} lines at spaces, or between Chinese characters. */
    private List<String> lines(String text, float max, float min, int maxLines) {
        if (font.getWidthPoint(text, min) <= TEXT_WIDTH || maxLines == 1) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && lines.size() < maxLines - 1) {
            int cut = rest.length();
            while (cut > 1 && font.getWidthPoint(rest.substring(0, cut), min) > TEXT_WIDTH) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            if (space > cut / 2 && cut < rest.length()) {
                cut = space;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }
}
