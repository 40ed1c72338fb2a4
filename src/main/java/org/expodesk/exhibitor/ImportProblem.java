package org.expodesk.exhibitor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a row of an import cannot be saved: a message key with its arguments, and the column it concerns (null
 * for the row as a whole). The screen translates it; the column's name is shown in the user's language.
 */
public record ImportProblem(@Nullable ImportColumn column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(@Nullable ImportColumn column, String messageKey, Object... arguments) {
        return new ImportProblem(column, messageKey, List.of(arguments));
    }
}
