package org.expodesk.guest;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Bilingual invitation letters on A4, one page per guest: the event's letterhead, the personal salutation, the dates
 * and venue, the campaign's programme summary, the deadline and the RSVP link with its QR code (drawn as vectors, so
 * it scans from any printer). Chinese first, English below, as county offices send them to outside guests. Pages are
 * written to the stream as they are made, so a batch of hundreds never sits in memory.
 */
@Component
public class InvitationLetterRenderer {

    private static final float MM = 72f / 25.4f;
    private static final float QR_SIZE = 32 * MM;
    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);
    private static final DateTimeFormatter DAY_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DEADLINE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter DEADLINE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final ExpoDeskI18NProvider i18n;

    public InvitationLetterRenderer(ExpoDeskI18NProvider i18n) {
        this.i18n = i18n;
    }

    public void render(Iterable<InvitationLetter> letters, OutputStream out) {
        Document document = new Document(PageSize.A4, 22 * MM, 22 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(t(Locale.SIMPLIFIED_CHINESE, "guest.letter.title"));
        document.open();
        boolean first = true;
        for (InvitationLetter letter : letters) {
            if (!first) {
                document.newPage();
            }
            first = false;
            page(document, writer.getDirectContent(), letter);
            writer.flush();
        }
        if (first) {
            document.add(new Paragraph(" "));
        }
        document.close();
    }

    private void page(Document document, PdfContentByte canvas, InvitationLetter l) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Locale en = Locale.ENGLISH;
        Paragraph head = new Paragraph(l.event().nameZh(), PdfFonts.cjk(20, Font.BOLD, RED));
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph headEn = new Paragraph(l.event().nameEn(), PdfFonts.cjk(12, Font.NORMAL, RED));
        headEn.setAlignment(Element.ALIGN_CENTER);
        document.add(headEn);
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(1.2f);
        float lineY = document.getPageSize().getHeight() - 20 * MM - 22 * MM;
        canvas.moveTo(22 * MM, lineY);
        canvas.lineTo(document.getPageSize().getWidth() - 22 * MM, lineY);
        canvas.stroke();
        canvas.restoreState();
        Paragraph title = new Paragraph(t(zh, "guest.letter.title") + "  " + t(en, "guest.letter.title-en"), PdfFonts.cjk(16, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        title.setSpacingAfter(12);
        document.add(title);

        GuestSummary g = l.guest();
        String venueZh = l.event().venueNameZh() == null ? "" : l.event().venueNameZh();
        String venueEn = l.event().venueName(en) == null ? "" : l.event().venueName(en);
        body(document, t(zh, "guest.letter.salutation", g.nameZh() + (g.title() == null ? "" : " " + g.title())), true);
        body(document, t(zh, "guest.letter.text", l.event().nameZh(), DAY_ZH.format(l.event().startDate()),
                DAY_ZH.format(l.event().endDate()), venueZh), false);
        if (l.programmeZh() != null) {
            body(document, l.programmeZh(), false);
        }
        body(document, t(zh, "guest.letter.reply", DEADLINE_ZH.format(l.deadline())), false);
        Paragraph gap = new Paragraph(" ");
        gap.setSpacingAfter(6);
        document.add(gap);
        String nameEn = g.nameEn() == null ? g.nameZh() : g.nameEn();
        body(document, t(en, "guest.letter.salutation", nameEn), true);
        body(document, t(en, "guest.letter.text", l.event().nameEn(), DAY_EN.format(l.event().startDate()),
                DAY_EN.format(l.event().endDate()), venueEn), false);
        if (l.programmeEn() != null) {
            body(document, l.programmeEn(), false);
        }
        body(document, t(en, "guest.letter.reply", DEADLINE_EN.format(l.deadline())), false);

        float x = document.getPageSize().getWidth() - 22 * MM - QR_SIZE;
        float y = 24 * MM;
        qr(canvas, l.link(), x, y);
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.cjk(), 9);
        canvas.showTextAligned(Element.ALIGN_RIGHT, t(zh, "guest.letter.scan") + " / " + t(en, "guest.letter.scan"), x - 4 * MM,
                y + QR_SIZE - 8, 0);
        canvas.setFontAndSize(PdfFonts.cjk(), 7);
        canvas.showTextAligned(Element.ALIGN_RIGHT, l.link(), x - 4 * MM, y + QR_SIZE - 22, 0);
        canvas.endText();
    }

    private static void body(Document document, String text, boolean salutation) {
        Paragraph p = new Paragraph(text, PdfFonts.cjk(11, salutation ? Font.BOLD : Font.NORMAL));
        p.setLeading(18);
        p.setSpacingAfter(salutation ? 4 : 6);
        if (!salutation) {
            p.setFirstLineIndent(22);
        }
        document.add(p);
    }

    private static void qr(PdfContentByte canvas, String link, float x, float y) {
        BitMatrix matrix = RsvpQrCode.matrix(link);
        float module = QR_SIZE / matrix.getWidth();
        canvas.saveState();
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
                canvas.rectangle(x + start * module, y + QR_SIZE - (row + 1) * module, (col - start) * module, module + 0.05f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
