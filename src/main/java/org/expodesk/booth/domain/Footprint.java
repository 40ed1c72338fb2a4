package org.expodesk.booth.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A booth's rectangle in whole centimetres. Plans are drawn to the centimetre, and integers make "touching"
 * exact: two booths that share an edge do not overlap, which floating-point metres could get wrong.
 *
 * @param id the booth's id, 0 for a booth not yet saved
 */
public record Footprint(long id, String code, long x, long y, long width, long depth) {

    public long right() {
        return x + width;
    }

    public long bottom() {
        return y + depth;
    }

    public long area() {
        return width * depth;
    }

    /** True when the interiors intersect; sharing an edge or a corner is not an overlap. */
    public boolean overlaps(Footprint other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** True when the rectangle lies within a hall of the given size (edges on the walls allowed). */
    public boolean insideHall(long hallWidth, long hallDepth) {
        return x >= 0 && y >= 0 && right() <= hallWidth && bottom() <= hallDepth;
    }

    /** Metres with at most two decimals to centimetres; more decimals are a programming error (forms allow two). */
    public static long centimetres(BigDecimal metres) {
        return metres.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    public static BigDecimal metres(long centimetres) {
        return BigDecimal.valueOf(centimetres, 2);
    }
}
