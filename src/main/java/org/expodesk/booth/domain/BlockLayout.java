package org.expodesk.booth.domain;

import java.util.ArrayList;
import java.util.List;
import org.expodesk.booth.BoothBlock;

/**
 * Where the booths of a block go and what they are called. Row by row from the north-west booth: rows run
 * west to east and follow each other southwards, which is how a plan is read and how the running number counts.
 */
public final class BlockLayout {

    private BlockLayout() {
    }

    /** The footprints of the block's booths (id 0: not saved), codes normalised. The pattern must parse. */
    public static List<Footprint> of(BoothBlock block) {
        CodePattern pattern = CodePattern.parse(block.getCodePattern());
        long x0 = Footprint.centimetres(require(block.getX()));
        long y0 = Footprint.centimetres(require(block.getY()));
        long width = Footprint.centimetres(require(block.getBoothWidth()));
        long depth = Footprint.centimetres(require(block.getBoothDepth()));
        long rowStep = depth + Footprint.centimetres(require(block.getRowAisle()));
        long columnStep = width + Footprint.centimetres(require(block.getColumnAisle()));
        List<Footprint> booths = new ArrayList<>(block.getRows() * block.getColumns());
        int n = block.getFirstNumber();
        for (int row = 1; row <= block.getRows(); row++) {
            for (int column = 1; column <= block.getColumns(); column++) {
                String code = BoothCodes.normalise(pattern.format(row, column, n++));
                booths.add(new Footprint(0, code, x0 + (column - 1) * columnStep, y0 + (row - 1) * rowStep, width, depth));
            }
        }
        return booths;
    }

    /** The block's outer size in centimetres: from the first booth's north-west corner to the last one's south-east. */
    public static long outerWidth(BoothBlock block) {
        long width = Footprint.centimetres(require(block.getBoothWidth()));
        return block.getColumns() * width + (block.getColumns() - 1L) * Footprint.centimetres(require(block.getColumnAisle()));
    }

    public static long outerDepth(BoothBlock block) {
        long depth = Footprint.centimetres(require(block.getBoothDepth()));
        return block.getRows() * depth + (block.getRows() - 1L) * Footprint.centimetres(require(block.getRowAisle()));
    }

    private static <T> T require(@org.jspecify.annotations.Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("The block is incomplete; validate it first");
        }
        return value;
    }
}
