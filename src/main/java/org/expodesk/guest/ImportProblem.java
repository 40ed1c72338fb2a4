package org.expodesk.guest;

import java.util.List;

/** A bad row of an import: its row number in the sheet (as Excel shows it) and the reason as a message key. */
public record ImportProblem(int row, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
