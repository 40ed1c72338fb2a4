package org.expodesk.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK font of ExpoDesk's PDFs: WenQuanYi Micro Hei (Apache-2.0, licence beside it in {@code fonts/}),
 * read once from the classpath and embedded as a subset, so a plan or a list prints the same on any office PC
 * whether or not it has Chinese fonts. Latin text is drawn with it too, so one font serves both languages.
 * (The badge module still loads its own copy through {@code BadgeFonts}; both can use this one.)
 */
public final class CjkFont {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private CjkFont() {
    }

    public static BaseFont get() {
        return Holder.FONT;
    }

    /** Loaded on first use, not at start: 5 MB that most requests never need. */
    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("CJK font missing from the classpath: " + RESOURCE);
                }
                return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the CJK font", e);
            }
        }
    }
}
