package org.expodesk.booth.domain;

import java.math.BigDecimal;

/** Lengths for messages: "130", "2.5", never "130.00" or "1.3E+2". */
public final class Metres {

    private Metres() {
    }

    public static String text(long centimetres) {
        return text(Footprint.metres(centimetres));
    }

    public static String text(BigDecimal metres) {
        return metres.stripTrailingZeros().toPlainString();
    }
}
