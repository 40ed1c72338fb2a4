package org.expodesk.shared.excel;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

/**
 * Cells of exported sheets that no spreadsheet runs as a formula. Names and products are typed in by people,
 * and Excel, WPS and LibreOffice run text that starts with {@code = + - @} (or a tab or carriage return,
 * which some of them strip first) as a formula: {@code =HYPERLINK(...)} sends whoever clicks it somewhere,
 * DDE formulas start programs. Every text is written as a string cell, and such text gets an apostrophe in
 * front, so that it stays text even after a copy and paste or a save as CSV. Numbers are written as numbers.
 */
public final class SafeCells {

    private SafeCells() {
    }

    /** A string cell with the text, guarded; nothing for null. */
    public static void text(Row row, int column, @Nullable String value) {
        if (value != null) {
            row.createCell(column).setCellValue(neverAFormula(value));
        }
    }

    /** A numeric cell; nothing for null. */
    public static void number(Row row, int column, @Nullable BigDecimal value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
        }
    }

    public static void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    /** Text a spreadsheet cannot take for a formula, however it is pasted or imported. */
    public static String neverAFormula(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
