package org.expodesk.ceremony;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.expodesk.deal.DealSummary;
import org.expodesk.shared.pdf.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Table tents (桌签): one A4 landscape sheet per person, folded along the middle into a tent. The lower half reads
 * upright and the upper half is the same card turned upside down, so once folded the name reads from both the
 * audience and the table. The name is large (shrunk only to fit), the English name and the title beneath. Every
 * signatory and witness gets one card, once, however many deals they sign.
 */
@Component
public class NameCardRenderer {

    /** A name card's content: Chinese name, the English one if known, and the title with the organisation. */
    public record Card(String nameZh, @Nullable String nameEn, @Nullable String title, @Nullable String organisation) {
    }

    /** Witnesses first (in rank), then the signatories in signing order; a person appearing twice gets one card. */
    public static List<Card> cards(Ceremony ceremony) {
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Witness w : ceremony.witnesses()) {
            cards.putIfAbsent(w.nameZh() + "|" + w.title(), new Card(w.nameZh(), w.nameEn(), w.title(), null));
        }
        for (DealSummary d : ceremony.deals()) {
            cards.putIfAbsent(d.investorSignatory() + "|" + d.investorSignatoryTitle(),
                    new Card(d.investorSignatory(), null, d.investorSignatoryTitle(), d.investorZh()));
            cards.putIfAbsent(d.localSignatory() + "|" + d.localSignatoryTitle(),
                    new Card(d.localSignatory(), null, d.localSignatoryTitle(), d.unitNameZh()));
        }
        return new ArrayList<>(cards.values());
    }

    public void render(Ceremony ceremony, OutputStream out) {
        Rectangle page = PageSize.A4.rotate();
        Document doc = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        doc.addTitle("桌签 Name cards");
        doc.open();
        List<Card> cards = cards(ceremony);
        if (cards.isEmpty()) {
            cards = List.of(new Card("—", null, null, null));
        }
        for (Card card : cards) {
            doc.newPage();
            PdfContentByte canvas = writer.getDirectContent();
            float w = page.getWidth();
            float half = page.getHeight() / 2;
            foldLine(canvas, w, half);
            half(canvas, card, w, 0, half, false);
            half(canvas, card, w, half, half, true);
        }
        doc.close();
    }

    /** One half of the tent; the upper one is turned by 180° about its centre. */
    private static void half(PdfContentByte canvas, Card card, float width, float bottom, float height, boolean upsideDown) {
        canvas.saveState();
        if (upsideDown) {
            canvas.concatCTM(-1, 0, 0, -1, width, 2 * bottom + height);
        }
        BaseFont font = PdfFonts.cjk();
        float nameSize = fit(font, card.nameZh(), 110, width - 80);
        float baseline = bottom + height * 0.42f;
        text(canvas, font, card.nameZh(), nameSize, width / 2, baseline);
        float y = baseline - 34;
        if (card.nameEn() != null && !card.nameEn().isBlank()) {
            text(canvas, font, card.nameEn(), fit(font, card.nameEn(), 24, width - 80), width / 2, y);
            y -= 30;
        }
        String line = card.title() == null ? card.organisation() : card.organisation() == null ? card.title()
                : card.organisation() + "  " + card.title();
        if (line != null && !line.isBlank()) {
            text(canvas, font, line, fit(font, line, 20, width - 80), width / 2, y);
        }
        canvas.restoreState();
    }

    private static float fit(BaseFont font, String text, float size, float maxWidth) {
        float width = font.getWidthPoint(text, size);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

    private static void text(PdfContentByte canvas, BaseFont font, String text, float size, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
    }

    private static void foldLine(PdfContentByte canvas, float width, float y) {
        canvas.saveState();
        canvas.setLineDash(4, 4, 0);
        canvas.setRGBColorStroke(0xAA, 0xAA, 0xAA);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(20, y);
        canvas.lineTo(width - 20, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
