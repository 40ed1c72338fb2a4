package org.expodesk.unit;

import java.util.Map;

/** How many units take part, by kind, and how many still lack a liaison: the gap the office must close before the fair. */
public record UnitCounts(long total, long withoutLiaison, Map<UnitKind, Long> byKind) {

    public UnitCounts {
        byKind = Map.copyOf(byKind);
    }
}
