package org.expodesk.badge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.expodesk.shared.excel.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The badges of a list as an {@code .xlsx} sheet for an outside print shop that prints them on its own
 * machines: names in both languages, company, type and its colour, valid days and the exact text to put in
 * the QR code. Written with POI's streaming workbook, which keeps {@value #ROWS_IN_MEMORY} rows in memory and
 * the rest in a temporary file, and fed 200 badges at a time: 10,000 badges cost no more heap than 100.
 * <p>
 * Names and companies are typed in by people, and spreadsheets run text that starts with {@code = + - @} as a
 * formula ({@code =HYPERLINK(...)} sends whoever clicks it somewhere). Every cell is written as text, and text
 * that starts with one of those characters (or a tab or carriage return) gets an apostrophe in front, so that
 * even after a copy and paste into another sheet it stays text.
 */
@Service
public class BadgePrintShopExport {

    static final int ROWS_IN_MEMORY = 100;
    static final List<String> HEADERS = List.of("编号 No.", "中文姓名 Name (Chinese)", "英文姓名 Name (English)",
            "单位 Company", "类型 Type", "Type (English)", "颜色 Colour", "有效日期 Valid days", "二维码内容 QR code text");

    private final BadgeService badges;

    BadgePrintShopExport(BadgeService badges) {
        this.badges = badges;
    }

    /** Every valid badge of the list, one row each, in badge order. The stream stays open. */
    @PreAuthorize(Roles.OFFICE)
    public void write(long eventId, BadgeFilter filter, OutputStream out) throws IOException {
        BadgePrintRun run = new BadgePrintRun(badges, eventId, filter);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = workbook.createSheet("badges");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {8, 16, 24, 36, 10, 12, 10, 20, 130};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int r = 1;
            while (run.hasNext()) {
                BadgePrint badge = run.next();
                Row row = sheet.createRow(r++);
                SafeCells.text(row, 0, Long.toString(badge.id()));
                SafeCells.text(row, 1, badge.nameZh());
                SafeCells.text(row, 2, badge.nameEn());
                SafeCells.text(row, 3, badge.organisation());
                SafeCells.text(row, 4, badge.typeNameZh());
                SafeCells.text(row, 5, badge.typeNameEn());
                SafeCells.text(row, 6, badge.colour());
                SafeCells.text(row, 7, BadgeTexts.validDays(badge.validDays()));
                SafeCells.text(row, 8, badge.code());
            }
            workbook.write(out);
        } finally {
            workbook.close();
            // Removes the streaming workbook's temporary file of rows.
            workbook.dispose();
        }
    }
}
