package org.expodesk.booth;

import java.util.List;

/** One hall and all its booths: everything the floor plan draws. */
public record FloorPlan(HallSummary hall, List<BoothSummary> booths) {

    public FloorPlan {
        booths = List.copyOf(booths);
    }
}
