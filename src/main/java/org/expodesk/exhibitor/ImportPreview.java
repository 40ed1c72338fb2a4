package org.expodesk.exhibitor;

import java.util.List;

/** What an import would save: every data row with its problems. Saving is allowed only when every row is good. */
public record ImportPreview(String fileName, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long goodRows() {
        return rows.stream().filter(ImportRow::ok).count();
    }

    public long badRows() {
        return rows.size() - goodRows();
    }

    public boolean allGood() {
        return !rows.isEmpty() && badRows() == 0;
    }
}
