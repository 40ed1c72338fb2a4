package org.expodesk.booth;

import java.util.Arrays;
import java.util.List;

/**
 * One reason a plan change is refused, as a message key and its arguments (booth codes, sizes), so that a
 * screen lists every reason in the user's language. Arguments may be {@link org.expodesk.shared.domain.Translatable}.
 */
public record PlanProblem(String messageKey, List<Object> arguments) {

    public PlanProblem {
        arguments = List.copyOf(arguments);
    }

    public static PlanProblem of(String messageKey, Object... arguments) {
        return new PlanProblem(messageKey, Arrays.asList(arguments));
    }
}
