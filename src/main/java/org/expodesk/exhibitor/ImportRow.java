package org.expodesk.exhibitor;

import java.util.List;

/**
 * One data row of an import as the preview lists it: its number as Excel shows it (the header is row 1), the
 * company's name and credit code as read, and every problem found; no problem means it can be saved.
 */
public record ImportRow(int rowNumber, String nameZh, String creditCode, List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
