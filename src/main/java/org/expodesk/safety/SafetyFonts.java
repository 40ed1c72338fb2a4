package org.expodesk.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK font of safety PDFs, loaded as badge printing loads it (WenQuanYi Micro Hei from {@code fonts/}, embedded
 * as a subset). The badge module's loader is not public API, and there is no shared PDF package yet; when one
 * exists this class should give way to it.
 */
final class SafetyFonts {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private SafetyFonts() {
    }

    static BaseFont cjk() {
        return Holder.FONT;
    }

    static Font font(float size, int style) {
        return new Font(cjk(), size, style);
    }

    /** Loaded on first print, not at start: 5 MB that most requests never need. */
    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = SafetyFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("CJK font missing from the classpath: " + RESOURCE);
                }
                return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the CJK font", e);
            }
        }
    }
}
