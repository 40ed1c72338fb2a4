package org.expodesk.booth;

import java.math.BigDecimal;
import java.util.Map;

/** How the booths of one hall stand: a count per status, and their total area in m². */
public record HallOccupancy(HallSummary hall, Map<BoothStatus, Long> counts, BigDecimal boothArea) {

    public HallOccupancy {
        counts = Map.copyOf(counts);
    }

    public long count(BoothStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
