package org.expodesk.booth.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expodesk.booth.SplitAxis;

/** The geometry of merging booths into one and of splitting one into equal parts. */
public final class Reshape {

    private Reshape() {
    }

    /**
     * The rectangle the booths form together, if they form one: their bounding box is covered exactly, with no
     * gap and no overlap. Two booths side by side form one; three in an L do not.
     */
    public static Optional<Footprint> union(List<Footprint> parts, String code) {
        long left = Long.MAX_VALUE;
        long top = Long.MAX_VALUE;
        long right = Long.MIN_VALUE;
        long bottom = Long.MIN_VALUE;
        long area = 0;
        for (Footprint f : parts) {
            left = Math.min(left, f.x());
            top = Math.min(top, f.y());
            right = Math.max(right, f.right());
            bottom = Math.max(bottom, f.bottom());
            area += f.area();
        }
        if (parts.isEmpty() || area != (right - left) * (bottom - top) || !OverlapSweep.find(parts, 1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Footprint(0, code, left, top, right - left, bottom - top));
    }

    /**
     * {@code parts} pieces of equal size along one side, coded after the original with A, B, C …
     * (A-012 → A-012A, A-012B). A length that does not divide to the centimetre gives the first pieces one
     * centimetre more, so the pieces still fill the booth exactly.
     */
    public static List<Footprint> split(Footprint booth, int parts, SplitAxis axis) {
        long length = axis == SplitAxis.WIDTH ? booth.width() : booth.depth();
        long base = length / parts;
        long extra = length % parts;
        List<Footprint> pieces = new ArrayList<>(parts);
        long offset = 0;
        for (int i = 0; i < parts; i++) {
            long size = base + (i < extra ? 1 : 0);
            String code = booth.code() + CodePattern.letters(i + 1);
            pieces.add(axis == SplitAxis.WIDTH
                    ? new Footprint(0, code, booth.x() + offset, booth.y(), size, booth.depth())
                    : new Footprint(0, code, booth.x(), booth.y() + offset, booth.width(), size));
            offset += size;
        }
        return pieces;
    }

    /** A price shared into {@code parts} amounts to the fen that add up to it; the first ones take the remainder. */
    public static List<BigDecimal> share(BigDecimal price, int parts) {
        long fen = price.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        List<BigDecimal> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(BigDecimal.valueOf(fen / parts + (i < fen % parts ? 1 : 0), 2));
        }
        return shares;
    }
}
