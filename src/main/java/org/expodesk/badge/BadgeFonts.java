package org.expodesk.badge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK font of printed badges: WenQuanYi Micro Hei (Apache-2.0, licence beside it in {@code fonts/}),
 * read once from the classpath and embedded as a subset, so a badge prints the same on any office PC
 * whether or not it has Chinese fonts.
 */
final class BadgeFonts {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private BadgeFonts() {
    }

    static BaseFont cjk() {
        return Holder.FONT;
    }

    /** Loaded on first print, not at start: 5 MB that most requests never need. */
    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = BadgeFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Badge font missing from the classpath: " + RESOURCE);
                }
                return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the badge font", e);
            }
        }
    }
}
