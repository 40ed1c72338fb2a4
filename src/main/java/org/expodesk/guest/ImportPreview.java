package org.expodesk.guest;

import java.util.List;

/** What an import would do: the guests read (with their row numbers) and every problem found; nothing is saved yet. */
public record ImportPreview(List<Row> rows, List<ImportProblem> problems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public record Row(int row, GuestDraft draft) {
    }
}
