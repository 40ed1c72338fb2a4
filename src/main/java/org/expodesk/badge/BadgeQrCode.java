package org.expodesk.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR symbol of a badge code: error correction M (a 121-character code is version 7, 45 × 45 modules,
 * readable by phones at 25 mm) and the standard quiet zone of 4 modules, without which scanners miss codes
 * printed near the colour band or the card's edge.
 */
final class BadgeQrCode {

    static final int QUIET_ZONE_MODULES = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
            EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name());

    private BadgeQrCode() {
    }

    /** One bit per module, quiet zone included (size 0 asks ZXing for exactly one pixel per module). */
    static BitMatrix matrix(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Badge code does not fit a QR code: " + code.length() + " characters", e);
        }
    }
}
