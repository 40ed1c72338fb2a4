package org.expodesk.safety;

import java.util.List;

/** What submitting a round did: the inspection saved and the rectifications it opened. */
public record InspectionResult(long inspectionId, boolean failed, List<Long> rectificationIds) {

    public InspectionResult {
        rectificationIds = List.copyOf(rectificationIds);
    }
}
