package org.expodesk.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The inspector's mark on one item (position counted from 1). A failed item opens a rectification: its
 * deadline is a wall-clock time in the event's time zone (none: the default for its severity), its owner the
 * target's responsible person unless another is named.
 */
public record AnswerDraft(@Positive int position, @NotNull ItemAnswer answer, @Nullable @Size(max = 500) String note,
        @Nullable Long photoId, @Nullable LocalDateTime deadline, @Nullable Responsible owner) {

    public static AnswerDraft passed(int position) {
        return new AnswerDraft(position, ItemAnswer.PASSED, null, null, null, null);
    }

    public static AnswerDraft notApplicable(int position) {
        return new AnswerDraft(position, ItemAnswer.NOT_APPLICABLE, null, null, null, null);
    }

    public static AnswerDraft failed(int position, String note, @Nullable Long photoId, @Nullable LocalDateTime deadline) {
        return new AnswerDraft(position, ItemAnswer.FAILED, note, photoId, deadline, null);
    }
}
