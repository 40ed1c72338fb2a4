package org.expodesk.exhibitor;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.excel.SafeCells;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.validation.CreditCodeValidator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office imports a list of exhibitors into an event: a preview that checks every row and names each bad
 * one with its row number and reasons, and a save that takes all rows or none. The save reads the file
 * again and checks it again (nothing the browser kept is trusted), then registers every row through
 * {@link RegistrationService#importRegistration} inside one transaction: any refusal on the way, a company
 * registered meanwhile included, rolls back every row already written. Imported companies get no account:
 * the office invites them (or they register themselves) before they sign in.
 */
@Service
@Transactional(readOnly = true)
public class ExhibitorImport {

    private final RegistrationService registrations;
    private final ExhibitorRepository exhibitors;
    private final EventAccessPolicy access;
    private final ImportRowCheck rowCheck;
    private final MessageBundles bundles;

    ExhibitorImport(RegistrationService registrations, ExhibitorRepository exhibitors, EventAccessPolicy access,
            Validator validator, ExpoDeskI18NProvider i18n) {
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.access = access;
        this.bundles = i18n.bundles();
        this.rowCheck = new ImportRowCheck(validator, bundles);
    }

    /** Largest file accepted, in bytes, and most data rows: the screen tells them before the upload. */
    public static int maxBytes() {
        return ExhibitorSheetReader.MAX_BYTES;
    }

    public static int maxRows() {
        return ExhibitorSheetReader.MAX_ROWS;
    }

    /** Every data row of the file with its problems; nothing is saved. File-level refusals are BusinessRuleExceptions. */
    @PreAuthorize(Roles.OFFICE)
    public ImportPreview preview(long eventId, String fileName, byte[] content) {
        access.requireAccess(eventId);
        List<ImportRow> rows = new ArrayList<>();
        checked(eventId, fileName, content, (row, problems, draft) -> rows.add(new ImportRow(row.rowNumber(),
                row.cell(ImportColumn.NAME_ZH), row.cell(ImportColumn.CREDIT_CODE), problems)));
        if (rows.isEmpty()) {
            throw new BusinessRuleException("exhibitor.import.error.empty");
        }
        return new ImportPreview(fileName, rows);
    }

    /** Saves every row as a submitted registration, or none when any row has a problem. Returns how many were saved. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public int save(long eventId, String fileName, byte[] content) {
        ImportPreview preview = preview(eventId, fileName, content);
        if (!preview.allGood()) {
            throw new BusinessRuleException("exhibitor.import.error.bad-rows", preview.badRows());
        }
        int[] saved = {0};
        checked(eventId, fileName, content, (row, problems, draft) -> {
            registrations.importRegistration(eventId, draft);
            saved[0]++;
        });
        return saved[0];
    }

    /**
     * The empty template: the import sheet with its bilingual header row only (the first sheet is the one
     * read), a second sheet with the same header and an example row, and a third with the categories.
     */
    @PreAuthorize(Roles.OFFICE)
    public void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            header(workbook.createSheet("展商 Exhibitors"), bold);
            Sheet exampleSheet = workbook.createSheet("示例 Example");
            header(exampleSheet, bold);
            Row example = exampleSheet.createRow(1);
            String code = "91330782MA2D8K1X0" + CreditCodeValidator.checkCharacter("91330782MA2D8K1X0");
            List<String> values = List.of("云溪晨光五金有限公司", "Yunxi Chenguang Hardware Co., Ltd.", code,
                    "云溪县商城大道 18 号", "王丽", "13905791234", "sales@chenguang.example.cn", "不锈钢保温杯、厨房小五金",
                    "五金工具", "是", "浙江名牌产品证书（2024）", "是", "标准展位", "18", "A-001, A-002", "3");
            for (int c = 0; c < values.size(); c++) {
                SafeCells.text(example, c, values.get(c));
            }
            Sheet choices = workbook.createSheet("选项 Choices");
            int r = 0;
            for (ExhibitorCategory category : ExhibitorCategory.values()) {
                choice(choices.createRow(r++), "类别 Category", category.messageKey());
            }
            for (org.expodesk.booth.BoothKind kind : org.expodesk.booth.BoothKind.values()) {
                choice(choices.createRow(r++), "展位类型 Booth kind", kind.messageKey());
            }
            choices.setColumnWidth(0, 20 * 256);
            choices.setColumnWidth(1, 20 * 256);
            choices.setColumnWidth(2, 30 * 256);
            workbook.write(out);
        }
    }

    private void choice(Row row, String column, String key) {
        SafeCells.text(row, 0, column);
        SafeCells.text(row, 1, bundles.text(AppLocales.ZH_CN, key));
        SafeCells.text(row, 2, bundles.text(AppLocales.EN, key));
    }

    private static void header(Sheet sheet, CellStyle bold) {
        Row header = sheet.createRow(0);
        for (ImportColumn column : ImportColumn.values()) {
            SafeCells.text(header, column.ordinal(), column.header());
            header.getCell(column.ordinal()).setCellStyle(bold);
            sheet.setColumnWidth(column.ordinal(), 22 * 256);
        }
        header.setHeightInPoints(48);
        sheet.createFreezePane(0, 1);
    }

    private interface RowHandler {
        void handle(SheetRow row, List<ImportProblem> problems, ExhibitorDraft draft);
    }

    /** Reads and checks each row: the draft's own rules, duplicates within the file and companies already registered. */
    private void checked(long eventId, String fileName, byte[] content, RowHandler handler) {
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : ExhibitorSheetReader.read(fileName, content)) {
            ImportRowCheck.Checked checked = rowCheck.check(row);
            List<ImportProblem> problems = new ArrayList<>(checked.problems());
            String code = CreditCodeValidator.normalise(row.cell(ImportColumn.CREDIT_CODE));
            if (code != null && CreditCodeValidator.isValid(code)) {
                Integer first = seen.putIfAbsent(code, row.rowNumber());
                if (first != null) {
                    problems.add(ImportProblem.of(ImportColumn.CREDIT_CODE, "exhibitor.import.problem.duplicate-in-file", code, first));
                } else if (exhibitors.existsByEventIdAndCreditCode(eventId, code)) {
                    problems.add(ImportProblem.of(ImportColumn.CREDIT_CODE, "exhibitor.import.problem.already-registered", code));
                }
            }
            handler.handle(row, problems, checked.draft());
        }
    }
}
