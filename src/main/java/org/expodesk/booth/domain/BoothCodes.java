package org.expodesk.booth.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Booth and hall codes as stored: trimmed, full-width characters made half-width and letters in capitals.
 * MySQL's case-insensitive collation would treat "a-001" and "A-001" (or "Ａ-001") as one code while H2 would
 * not; normalising first makes both databases and the service agree on what "the same code" is.
 */
public final class BoothCodes {

    private BoothCodes() {
    }

    public static String normalise(String code) {
        return Normalizer.normalize(code.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    }
}
