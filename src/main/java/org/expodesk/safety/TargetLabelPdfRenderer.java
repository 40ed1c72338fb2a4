package org.expodesk.safety;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.i18n.AppLocales;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A4 sheets of QR labels to fix to targets, 3 × 4 per page (70 × 74 mm cells). The code is the URL of the target's
 * inspection page, so any phone camera opens it; below it the target in both languages and its responsible person.
 * Modules are drawn as vector rectangles (sharp on any printer) with error correction Q, which survives the scuffs
 * and stains labels on an extinguisher get.
 */
@Component
public class TargetLabelPdfRenderer {

    private static final int COLUMNS = 3;
    private static final int ROWS = 4;
    private static final float MM = 72f / 25.4f;
    private static final float QR_SIZE = 40 * MM;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
            EncodeHintType.MARGIN, 4);

    private final MessageBundles bundles = MessageBundles.load();

    /** The URL a label encodes: {@code <base>/safety/target/<token>}. */
    public static String url(String baseUrl, TargetSummary target) {
        return baseUrl.replaceAll("/+$", "") + "/safety/target/" + target.qrToken();
    }

    public void render(List<TargetSummary> targets, String baseUrl, OutputStream out) throws IOException {
        Rectangle page = PageSize.A4;
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float cellW = page.getWidth() / COLUMNS;
        float cellH = page.getHeight() / ROWS;
        int i = 0;
        for (TargetSummary target : targets) {
            if (i > 0 && i % (COLUMNS * ROWS) == 0) {
                document.newPage();
            }
            int cell = i % (COLUMNS * ROWS);
            float x = (cell % COLUMNS) * cellW;
            float y = page.getHeight() - (cell / COLUMNS + 1) * cellH;
            drawLabel(canvas, target, url(baseUrl, target), x, y, cellW, cellH);
            i++;
        }
        if (i == 0) {
            document.add(new Phrase(" "));
        }
        document.close();
    }

    private void drawLabel(PdfContentByte canvas, TargetSummary target, String url, float x, float y, float w, float h) {
        canvas.saveState();
        canvas.setColorStroke(new Color(0xb0, 0xb0, 0xb0));
        canvas.setLineWidth(0.3f);
        canvas.setLineDash(2, 2, 0);
        canvas.rectangle(x + 2, y + 2, w - 4, h - 4);
        canvas.stroke();
        canvas.restoreState();
        qr(canvas, url, x + (w - QR_SIZE) / 2, y + h - QR_SIZE - 6 * MM);
        String kind = bundles.find(AppLocales.ZH_CN, target.kind().messageKey()) + " " + bundles.find(AppLocales.EN, target.kind().messageKey());
        float textTop = y + h - QR_SIZE - 8 * MM;
        text(canvas, target.name(), 12, textTop, x, w, org.openpdf.text.Font.BOLD);
        text(canvas, kind, 8, textTop - 14, x, w, org.openpdf.text.Font.NORMAL);
        Responsible r = target.responsible();
        String person = r == null ? "责任人 Responsible: ________" : "责任人 " + r.name() + "  " + r.mobile();
        text(canvas, person, 8, textTop - 26, x, w, org.openpdf.text.Font.NORMAL);
        text(canvas, "扫码检查 Scan to inspect · " + target.qrToken(), 6, y + 6 * MM, x, w, org.openpdf.text.Font.NORMAL);
    }

    private static void text(PdfContentByte canvas, String text, float size, float baseline, float x, float w, int style) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, SafetyFonts.font(size, style)), x + w / 2, baseline, 0);
    }

    private static void qr(PdfContentByte canvas, String content, float x, float y) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Label URL does not fit a QR code", e);
        }
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
}
