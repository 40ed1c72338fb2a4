package org.expodesk.reception;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A banquet or group meal; {@code startsAt} is in the event's time zone. */
public record MealDraft(@NotNull MealKind kind, @NotBlank @Size(max = 100) String nameZh, @Nullable @Size(max = 200) String nameEn,
        @NotNull LocalDateTime startsAt, @NotBlank @Size(max = 200) String place) {
}
