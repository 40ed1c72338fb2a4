package org.expodesk.guest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.expodesk.guest.domain.GuestRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.validation.PhoneValidator;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a guest list from .xlsx (first sheet, a header row, then one guest a row in the columns of
 * {@link #COLUMNS}). A preview lists every bad row with its number and reason, duplicates within the file and against
 * the event's guests included; the import saves all rows in one transaction or none.
 */
@Service
public class GuestImport {

    /** The columns in order, as the template's header names them. */
    public static final List<String> COLUMNS = List.of("中文姓名 Chinese name", "英文姓名 English name", "职务 Title",
            "单位 Organisation", "类别 Category", "来自 Origin", "手机 Mobile", "邮箱 E-mail", "邀请单位 Inviting unit",
            "随行人数 Companions", "饮食 Dietary", "无障碍 Accessibility", "备注 Notes");
    static final int MAX_ROWS = 5000;

    private final GuestService guests;
    private final GuestRepository repository;
    private final GuestAccess access;
    private final UnitService units;
    private final Validator validator;

    GuestImport(GuestService guests, GuestRepository repository, GuestAccess access, UnitService units, Validator validator) {
        this.guests = guests;
        this.repository = repository;
        this.access = access;
        this.units = units;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(GuestService.MANAGERS)
    public ImportPreview preview(long eventId, InputStream xlsx) {
        access.requireManager(eventId);
        Map<String, Long> unitIds = new HashMap<>();
        for (UnitSummary u : units.tree()) {
            unitIds.put(u.nameZh(), u.id());
            if (u.nameEn() != null) {
                unitIds.put(u.nameEn().toLowerCase(Locale.ROOT), u.id());
            }
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> mobiles = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(xlsx)) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                // Refused whole rather than cut: rows past the limit must never vanish without a word.
                problems.add(new ImportProblem(sheet.getLastRowNum() + 1, "guest.import.error.too-many-rows",
                        List.of(MAX_ROWS)));
            }
            for (int i = 1; i <= Math.min(sheet.getLastRowNum(), MAX_ROWS); i++) {
                Row row = sheet.getRow(i);
                if (row == null || blank(row, format)) {
                    continue;
                }
                int number = i + 1;
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        // A formula's text is not the guest's data, and what it computed cannot be trusted either.
                        problems.add(new ImportProblem(number, "guest.import.error.formula",
                                List.of(c.getAddress().formatAsString())));
                    }
                }
                GuestDraft d = new GuestDraft();
                d.setNameZh(cell(row, 0, format) == null ? "" : cell(row, 0, format));
                d.setNameEn(cell(row, 1, format));
                d.setTitle(cell(row, 2, format));
                d.setOrganisation(cell(row, 3, format));
                String categoryText = cell(row, 4, format);
                GuestCategory category = categoryText == null ? GuestCategory.OTHER : category(categoryText);
                if (category == null) {
                    problems.add(new ImportProblem(number, "guest.import.error.category", List.of(categoryText)));
                    category = GuestCategory.OTHER;
                }
                d.setCategory(category);
                d.setOrigin(cell(row, 5, format));
                d.setMobile(cell(row, 6, format));
                d.setEmail(cell(row, 7, format));
                String unit = cell(row, 8, format);
                if (unit != null) {
                    Long unitId = unitIds.getOrDefault(unit, unitIds.get(unit.toLowerCase(Locale.ROOT)));
                    if (unitId == null) {
                        problems.add(new ImportProblem(number, "guest.import.error.unit", List.of(unit)));
                    }
                    d.setInvitingUnitId(unitId);
                }
                String companions = cell(row, 9, format);
                try {
                    d.setCompanions(companions == null ? 0 : Integer.parseInt(companions.replace(".0", "")));
                } catch (NumberFormatException e) {
                    problems.add(new ImportProblem(number, "guest.import.error.companions", List.of(companions)));
                }
                d.setDietary(cell(row, 10, format));
                d.setAccessibility(cell(row, 11, format));
                d.setNotes(cell(row, 12, format));
                Set<ConstraintViolation<GuestDraft>> violations = validator.validate(d);
                for (ConstraintViolation<GuestDraft> v : violations) {
                    problems.add(new ImportProblem(number, "guest.import.error.field",
                            List.of(v.getPropertyPath().toString(), v.getInvalidValue() == null ? "" : v.getInvalidValue())));
                }
                duplicates(eventId, number, d, mobiles, names, problems);
                rows.add(new ImportPreview.Row(number, d));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            throw new BusinessRuleException("guest.import.error.unreadable");
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new ImportPreview(rows, problems);
    }

    /** Saves every row or none: any problem, or any failure while saving, rolls the whole import back. */
    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public int importAll(long eventId, InputStream xlsx) {
        ImportPreview preview = preview(eventId, xlsx);
        if (!preview.problems().isEmpty()) {
            throw new BusinessRuleException("guest.import.error.has-problems", preview.problems().size());
        }
        for (ImportPreview.Row row : preview.rows()) {
            guests.create(eventId, row.draft());
        }
        return preview.rows().size();
    }

    private void duplicates(long eventId, int number, GuestDraft d, Map<String, Integer> mobiles, Map<String, Integer> names,
            List<ImportProblem> problems) {
        String mobile = PhoneValidator.normalise(d.getMobile());
        if (mobile != null) {
            Integer earlier = mobiles.putIfAbsent(mobile, number);
            if (earlier != null) {
                problems.add(new ImportProblem(number, "guest.import.error.same-mobile-in-file", List.of(mobile, earlier)));
            } else if (repository.existsByEventIdAndMobileAndMergedIntoIdIsNull(eventId, mobile)) {
                problems.add(new ImportProblem(number, "guest.import.error.mobile-exists", List.of(mobile)));
            }
        }
        if (d.getOrganisation() != null && !d.getNameZh().isBlank()) {
            String key = d.getNameZh().strip() + "|" + d.getOrganisation().strip();
            Integer earlier = names.putIfAbsent(key, number);
            if (earlier != null) {
                problems.add(new ImportProblem(number, "guest.import.error.same-name-in-file", List.of(d.getNameZh(), earlier)));
            } else if (repository.existsByEventIdAndNameZhAndOrganisationAndMergedIntoIdIsNull(eventId, d.getNameZh().strip(),
                    d.getOrganisation().strip())) {
                problems.add(new ImportProblem(number, "guest.import.error.name-exists", List.of(d.getNameZh())));
            }
        }
    }

    private static @Nullable GuestCategory category(String text) {
        String t = text.strip();
        for (GuestCategory c : GuestCategory.values()) {
            if (c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        return switch (t) {
            case "采购商" -> GuestCategory.BUYER;
            case "客商", "投资商", "客商/投资商" -> GuestCategory.MERCHANT;
            case "贵宾", "嘉宾" -> GuestCategory.VIP;
            case "媒体", "记者" -> GuestCategory.MEDIA;
            case "代表团", "代表团成员" -> GuestCategory.DELEGATION;
            case "其他" -> GuestCategory.OTHER;
            default -> null;
        };
    }

    private static boolean blank(Row row, DataFormatter format) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (cell(row, c, format) != null) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String cell(Row row, int column, DataFormatter format) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = format.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }
}
