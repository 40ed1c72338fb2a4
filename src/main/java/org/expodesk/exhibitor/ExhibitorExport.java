package org.expodesk.exhibitor;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventService;
import org.expodesk.exhibitor.domain.Exhibitor;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.shared.excel.SafeCells;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event's exhibitors and its booth allocation as one {@code .xlsx} workbook, for the office's own lists and
 * for the printed guide: a sheet of companies (every registration, its status and booths) and a sheet of
 * booths by hall (who has each). Headers and choices are bilingual, so one file serves both languages.
 * Written with POI's streaming workbook ({@value #ROWS_IN_MEMORY} rows in memory, the rest in a temporary
 * file) and read from the database a page at a time. Every text cell goes through {@link SafeCells}: a
 * company named "=HYPERLINK(…)" stays text.
 */
@Service
@Transactional(readOnly = true)
public class ExhibitorExport {

    static final int ROWS_IN_MEMORY = 100;
    static final int PAGE = 500;
    static final List<String> EXHIBITOR_HEADERS = List.of("序号 No.", "公司名称（中文）Company (Chinese)", "公司名称（英文）Company (English)",
            "统一社会信用代码 Credit code", "状态 Status", "类别 Category", "名牌企业 Famous brand", "本地企业 Local", "联系人 Contact",
            "手机 Mobile", "邮箱 Email", "地址 Address", "主营产品 Products", "展位 Booths", "提交时间 Submitted");
    static final List<String> BOOTH_HEADERS = List.of("展馆 Hall", "展位号 Booth", "类型 Kind", "面积（㎡）Area (m²)", "价格（元）Price (yuan)",
            "状态 Status", "公司名称（中文）Company (Chinese)", "公司名称（英文）Company (English)", "统一社会信用代码 Credit code");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExhibitorRepository exhibitors;
    private final HallService halls;
    private final BoothService booths;
    private final EventService events;
    private final EventAccessPolicy access;
    private final MessageBundles bundles;

    ExhibitorExport(ExhibitorRepository exhibitors, HallService halls, BoothService booths, EventService events,
            EventAccessPolicy access, ExpoDeskI18NProvider i18n) {
        this.exhibitors = exhibitors;
        this.halls = halls;
        this.booths = booths;
        this.events = events;
        this.access = access;
        this.bundles = i18n.bundles();
    }

    /** Writes the workbook; the stream stays open. */
    @PreAuthorize(Roles.OFFICE)
    public void write(long eventId, OutputStream out) throws IOException {
        access.requireAccess(eventId);
        ZoneId zone = events.find(eventId).map(e -> e.timeZone()).orElse(ZoneId.of("Asia/Shanghai"));
        List<HallSummary> hallList = halls.halls(eventId);
        Map<Long, List<BoothSummary>> boothsByHall = new TreeMap<>();
        Map<Long, List<String>> codesByExhibitor = new HashMap<>();
        for (HallSummary hall : hallList) {
            List<BoothSummary> plan = booths.plan(hall.id()).booths();
            boothsByHall.put(hall.id(), plan);
            plan.stream().filter(b -> b.holderId() != null && b.status().isTaken())
                    .forEach(b -> codesByExhibitor.computeIfAbsent(b.holderId(), k -> new ArrayList<>()).add(b.code()));
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle bold = bold(workbook);
            Map<Long, Exhibitor> holders = new HashMap<>();
            SXSSFSheet companies = sheet(workbook, "展商 Exhibitors", EXHIBITOR_HEADERS, bold, new int[] {6, 30, 34, 22, 14, 18, 10, 10, 10, 14, 24, 30, 30, 18, 17});
            int r = 1;
            Page<Exhibitor> page;
            int number = 0;
            do {
                page = exhibitors.findAll(ExhibitorRepository.matching(eventId, ExhibitorFilter.all()),
                        PageRequest.of(number++, PAGE, Sort.by("submittedAt", "id")));
                for (Exhibitor e : page) {
                    ExhibitorSummary s = e.toSummary();
                    if (codesByExhibitor.containsKey(s.id())) {
                        holders.put(s.id(), e);
                    }
                    Row row = companies.createRow(r);
                    SafeCells.number(row, 0, r++);
                    SafeCells.text(row, 1, s.nameZh());
                    SafeCells.text(row, 2, s.nameEn());
                    SafeCells.text(row, 3, s.creditCode());
                    SafeCells.text(row, 4, both(s.status().messageKey()));
                    SafeCells.text(row, 5, both(s.category().messageKey()));
                    SafeCells.text(row, 6, yesNo(s.famousBrand()));
                    SafeCells.text(row, 7, yesNo(s.localEnterprise()));
                    SafeCells.text(row, 8, s.contactName());
                    SafeCells.text(row, 9, s.mobile());
                    SafeCells.text(row, 10, s.email());
                    SafeCells.text(row, 11, s.address());
                    SafeCells.text(row, 12, s.products());
                    SafeCells.text(row, 13, String.join(", ", codesByExhibitor.getOrDefault(s.id(), List.of())));
                    SafeCells.text(row, 14, TIME.format(s.submittedAt().atZone(zone)));
                }
            } while (page.hasNext());

            SXSSFSheet allocation = sheet(workbook, "展位分配 Booth allocation", BOOTH_HEADERS, bold, new int[] {22, 10, 12, 12, 12, 12, 30, 34, 22});
            r = 1;
            for (HallSummary hall : hallList) {
                for (BoothSummary b : boothsByHall.get(hall.id())) {
                    Row row = allocation.createRow(r++);
                    SafeCells.text(row, 0, hall.nameZh());
                    SafeCells.text(row, 1, b.code());
                    SafeCells.text(row, 2, both(b.kind().messageKey()));
                    SafeCells.number(row, 3, b.area());
                    SafeCells.number(row, 4, b.price());
                    SafeCells.text(row, 5, both(b.status().messageKey()));
                    Exhibitor holder = b.holderId() == null || !b.status().isTaken() ? null : holders.get(b.holderId());
                    if (holder != null) {
                        SafeCells.text(row, 6, holder.nameZh());
                        SafeCells.text(row, 7, holder.nameEn());
                        SafeCells.text(row, 8, holder.creditCode());
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
            // Removes the streaming workbook's temporary files.
            workbook.dispose();
        }
    }

    private String both(String key) {
        return bundles.text(AppLocales.ZH_CN, key) + " " + bundles.text(AppLocales.EN, key);
    }

    private static String yesNo(boolean value) {
        return value ? "是 Yes" : "否 No";
    }

    private static CellStyle bold(SXSSFWorkbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    private static SXSSFSheet sheet(SXSSFWorkbook workbook, String name, List<String> headers, CellStyle bold, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            SafeCells.text(header, c, headers.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
