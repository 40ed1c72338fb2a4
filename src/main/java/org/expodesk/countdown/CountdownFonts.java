package org.expodesk.countdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK font of the countdown's PDFs: WenQuanYi Micro Hei from the classpath, embedded as a subset, loaded as
 * {@code badge/BadgeFonts} does. A copy on purpose: a shared PDF helper ({@code shared.pdf}) is not on main yet,
 * and the badge module's class is not for other modules; both can move there when it is.
 */
final class CountdownFonts {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private CountdownFonts() {
    }

    static BaseFont cjk() {
        return Holder.FONT;
    }

    /** Loaded on first print, not at start. */
    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = CountdownFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + RESOURCE);
                }
                return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the CJK font", e);
            }
        }
    }
}
