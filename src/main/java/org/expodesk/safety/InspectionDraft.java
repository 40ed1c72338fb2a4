package org.expodesk.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** A finished round on one target with one template revision: one answer per item. */
public record InspectionDraft(long targetId, long templateId, @NotEmpty List<@Valid AnswerDraft> answers) {

    public InspectionDraft {
        answers = List.copyOf(answers);
    }
}
