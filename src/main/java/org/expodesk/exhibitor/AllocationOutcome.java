package org.expodesk.exhibitor;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a booth request. Losing a race is an ordinary answer, not an error: the screen says the booth
 * is already taken and redraws the plan.
 */
public sealed interface AllocationOutcome {

    long boothId();

    String boothCode();

    /** The company now holds ({@code holdExpiresAt} set) or has the booth. */
    record Allocated(long boothId, String boothCode, AllocationState state, @Nullable Instant holdExpiresAt) implements AllocationOutcome {
    }

    /** Another company holds or has the booth, or it is not on offer (blocked, reserved for others). */
    record AlreadyTaken(long boothId, String boothCode) implements AllocationOutcome {
    }

    /** The message key the screen shows for this outcome, with {@link #boothCode()} as its argument. */
    default String messageKey() {
        return switch (this) {
            case Allocated a -> a.state() == AllocationState.HELD ? "exhibitor.allocation.held-ok" : "exhibitor.allocation.assigned-ok";
            case AlreadyTaken t -> "exhibitor.allocation.taken";
        };
    }
}
