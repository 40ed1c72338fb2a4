package org.expodesk.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A recorded inspection with the template revision it used and every answer. */
public record InspectionSummary(long id, long eventId, long targetId, String targetName, long templateId, int templateRevision,
        String inspectorName, Instant inspectedAt, LocalDate day, boolean failed, List<Answer> answers) {

    public InspectionSummary {
        answers = List.copyOf(answers);
    }

    public record Answer(int position, String textZh, String textEn, ItemAnswer answer, @Nullable String note, @Nullable Long photoId) {
    }
}
