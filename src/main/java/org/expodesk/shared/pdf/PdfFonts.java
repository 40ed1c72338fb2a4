package org.expodesk.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK font of every printed document: WenQuanYi Micro Hei (Apache-2.0, licence beside it in {@code fonts/}),
 * read once from the classpath and embedded as a subset, so a PDF prints the same on any office PC whether or not
 * it has Chinese fonts. It carries Latin letters too, so English editions use it as well. The holder class loads it
 * on first use, once, however many threads ask at the same moment (class initialisation is thread-safe); the
 * BaseFont is shared read-only, each document keeps its own subset of glyphs.
 */
public final class PdfFonts {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private PdfFonts() {
    }

    public static BaseFont cjk() {
        return Holder.FONT;
    }

    /** The CJK font at a size and style ({@link Font#NORMAL}, {@link Font#BOLD}: bold is drawn, the font has no bold face). */
    public static Font cjk(float size, int style) {
        return new Font(cjk(), size, style);
    }

    public static Font cjk(float size, int style, java.awt.Color colour) {
        return new Font(cjk(), size, style, colour);
    }

    /** Loaded on first print, not at start: 5 MB that most requests never need. */
    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
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
