package org.expodesk.exhibitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.expodesk.shared.domain.BusinessRuleException;

/**
 * Reads an import file into rows of text, one per template column: {@code .xlsx} with Apache POI (the
 * first sheet), or {@code .csv} through {@link CsvText} (UTF-8 with or without BOM, or GBK). Formulas are not
 * evaluated but refused per cell: the office is asked to paste values, so what is saved is what it saw.
 * Limits: {@value #MAX_BYTES} bytes, {@value #MAX_ROWS} data rows, {@value #MAX_CELL} characters in a
 * cell. Blank rows are skipped; row numbers stay those Excel shows.
 */
final class ExhibitorSheetReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2_000;
    static final int MAX_CELL = 1_000;

    private ExhibitorSheetReader() {
    }

    static List<SheetRow> read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("exhibitor.import.error.too-large", MAX_BYTES / 1024 / 1024);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return fromCsv(CsvText.records(CsvText.decode(content)));
        }
        if (name.endsWith(".xlsx")) {
            return fromXlsx(content);
        }
        throw new BusinessRuleException("exhibitor.import.error.file-type");
    }

    private static List<SheetRow> fromXlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            checkHeader(texts(sheet.getRow(0), formatter, new EnumMap<>(ImportColumn.class)));
            List<SheetRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Map<ImportColumn, ImportProblem> refused = new EnumMap<>(ImportColumn.class);
                List<String> cells = texts(sheet.getRow(r), formatter, refused);
                add(rows, new SheetRow(r + 1, cells, refused));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException rule) {
                throw rule;
            }
            // Not a workbook, a damaged one, an old .xls renamed, or a zip bomb POI refused.
            throw new BusinessRuleException("exhibitor.import.error.not-xlsx");
        }
    }

    private static List<String> texts(Row row, DataFormatter formatter, Map<ImportColumn, ImportProblem> refused) {
        List<String> cells = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            Cell cell = row == null ? null : row.getCell(column.ordinal());
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == CellType.FORMULA) {
                refused.put(column, ImportProblem.of(column, "exhibitor.import.problem.formula", column.letter() + (row.getRowNum() + 1)));
                cells.add("");
            } else if (cell.getCellType() == CellType.ERROR) {
                refused.put(column, ImportProblem.of(column, "exhibitor.import.problem.cell-error", column.letter() + (row.getRowNum() + 1)));
                cells.add("");
            } else {
                cells.add(checked(column, formatter.formatCellValue(cell), refused));
            }
        }
        return cells;
    }

    private static List<SheetRow> fromCsv(List<List<String>> records) {
        if (records.isEmpty()) {
            throw new BusinessRuleException("exhibitor.import.error.empty");
        }
        checkHeader(records.getFirst());
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<ImportColumn, ImportProblem> refused = new EnumMap<>(ImportColumn.class);
            List<String> cells = new ArrayList<>();
            for (ImportColumn column : ImportColumn.values()) {
                String value = column.ordinal() < records.get(r).size() ? records.get(r).get(column.ordinal()) : "";
                if (value.startsWith("=")) {
                    // A CSV has no formulas, but a spreadsheet opening it would run this one: refused the same way.
                    refused.put(column, ImportProblem.of(column, "exhibitor.import.problem.formula", column.letter() + (r + 1)));
                    cells.add("");
                } else {
                    cells.add(checked(column, value, refused));
                }
            }
            add(rows, new SheetRow(r + 1, cells, refused));
        }
        return rows;
    }

    /** A cell's text without surrounding blanks; refused (and emptied) when longer than any field takes. */
    private static String checked(ImportColumn column, String value, Map<ImportColumn, ImportProblem> refused) {
        String text = value.strip();
        if (text.length() > MAX_CELL) {
            refused.put(column, ImportProblem.of(column, "exhibitor.import.problem.too-long", text.length(), MAX_CELL));
            return "";
        }
        return text;
    }

    private static void add(List<SheetRow> rows, SheetRow row) {
        boolean blank = row.refusedCells().isEmpty() && row.cells().stream().allMatch(String::isEmpty);
        if (blank) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw new BusinessRuleException("exhibitor.import.error.too-many-rows", MAX_ROWS);
        }
        rows.add(row);
    }

    /** The first row must be the template's header; otherwise columns would be read as the wrong fields. */
    private static void checkHeader(List<String> header) {
        for (ImportColumn column : ImportColumn.values()) {
            String cell = column.ordinal() < header.size() ? header.get(column.ordinal()) : "";
            if (!column.matchesHeader(cell)) {
                throw new BusinessRuleException("exhibitor.import.error.not-template", column.letter(), column.header());
            }
        }
    }
}
