package org.expodesk.exhibitor;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a registration's history: from which status (none for the submission) to which, by whom, when and why. */
public record StatusChange(@Nullable RegistrationStatus from, RegistrationStatus to, @Nullable String reason,
        String changedBy, Instant changedAt) {
}
