package org.expodesk.exhibitor;

import java.util.List;
import java.util.Map;

/**
 * A data row as read from the file, before its meaning is checked: its number as Excel shows it, one text
 * per template column ("" when empty), and the columns whose cell was refused on reading (a formula, a
 * cell far too long) with the reason.
 */
record SheetRow(int rowNumber, List<String> cells, Map<ImportColumn, ImportProblem> refusedCells) {

    SheetRow {
        cells = List.copyOf(cells);
        refusedCells = Map.copyOf(refusedCells);
    }

    String cell(ImportColumn column) {
        return column.ordinal() < cells.size() ? cells.get(column.ordinal()) : "";
    }
}
