package org.expodesk.exhibitor;

import java.util.Set;
import org.expodesk.booth.FloorPlan;

/** A hall as an exhibitor sees it: free booths with their details, others only as taken, and its own booths marked. */
public record ExhibitorPlan(FloorPlan plan, Set<Long> ownBoothIds) {

    public ExhibitorPlan {
        ownBoothIds = Set.copyOf(ownBoothIds);
    }
}
