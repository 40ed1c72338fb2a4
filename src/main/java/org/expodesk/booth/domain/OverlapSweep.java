package org.expodesk.booth.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the pairs of booths whose rectangles overlap, with a sweep from west to east: booths sorted by their
 * west edge, and only those still "open" at the current x (their east edge further east) are compared.
 * In a hall laid out in blocks and aisles that is about one column of booths, so 600 booths cost a few
 * thousand comparisons instead of the 180,000 of comparing every pair.
 */
public final class OverlapSweep {

    /** Two booths that overlap, in the order of the input's west edges. */
    public record Overlap(Footprint first, Footprint second) {
    }

    private OverlapSweep() {
    }

    /** At most {@code limit} overlapping pairs; a plan with hundreds of them needs fixing, not a complete list. */
    public static List<Overlap> find(List<Footprint> footprints, int limit) {
        List<Footprint> byWestEdge = new ArrayList<>(footprints);
        byWestEdge.sort(Comparator.comparingLong(Footprint::x).thenComparingLong(Footprint::y));
        List<Overlap> found = new ArrayList<>();
        List<Footprint> open = new ArrayList<>();
        for (Footprint current : byWestEdge) {
            // A booth whose east edge is at or west of this west edge can touch it at most.
            open.removeIf(f -> f.right() <= current.x());
            for (Footprint candidate : open) {
                if (candidate.y() < current.bottom() && current.y() < candidate.bottom()) {
                    found.add(new Overlap(candidate, current));
                    if (found.size() >= limit) {
                        return found;
                    }
                }
            }
            open.add(current);
        }
        return found;
    }

    /** Every pair compared with every other: the plain method, kept as the baseline of the benchmark. */
    public static List<Overlap> findByComparingAllPairs(List<Footprint> footprints, int limit) {
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < footprints.size(); i++) {
            for (int j = i + 1; j < footprints.size(); j++) {
                if (footprints.get(i).overlaps(footprints.get(j))) {
                    found.add(new Overlap(footprints.get(i), footprints.get(j)));
                    if (found.size() >= limit) {
                        return found;
                    }
                }
            }
        }
        return found;
    }
}
