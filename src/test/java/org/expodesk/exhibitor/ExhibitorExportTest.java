package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.expodesk.shared.excel.SafeCells;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The exhibitors and booth allocation export, read back with POI: every cell is a value, none a formula. */
@SpringBootTest
@ActiveProfiles("test")
class ExhibitorExportTest {

    @Autowired ExhibitorExport export;
    @Autowired OfficeFixture fixture;
    @Autowired TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void companies_and_booths_are_exported_and_text_that_looks_like_a_formula_stays_text() throws Exception {
        OfficeFixture.Expo expo = fixture.expo();
        ExhibitorSummary evil = fixture.withBooth(expo, fixture.company(expo, "=HYPERLINK(\"http://evil.example\",\"点我\")",
                "+SUM(1,2)", true, true), 2);
        fixture.company(expo, "云溪竹韵工艺品厂", "@cmd", false, false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(expo.event().id(), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress()).isIn(CellType.STRING, CellType.NUMERIC);
                    }
                }
            }
            Sheet companies = book.getSheetAt(0);
            assertThat(companies.getRow(0).getCell(1).getStringCellValue()).isEqualTo("公司名称（中文）Company (Chinese)");
            assertThat(companies.getPhysicalNumberOfRows()).isEqualTo(3);
            Row first = companies.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点我\")");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("'+SUM(1,2)");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo(evil.creditCode());
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("已通过 Approved");
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo("B-003");
            assertThat(companies.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'@cmd");

            Sheet booths = book.getSheetAt(1);
            assertThat(booths.getPhysicalNumberOfRows()).isEqualTo(11);
            Row b3 = booths.getRow(3);
            assertThat(b3.getCell(1).getStringCellValue()).isEqualTo("B-003");
            assertThat(b3.getCell(3).getNumericCellValue()).isEqualTo(9.0);
            assertThat(b3.getCell(5).getStringCellValue()).isEqualTo("已分配 Assigned");
            assertThat(b3.getCell(6).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(booths.getRow(1).getCell(6)).isNull();
        }
    }

    @Test
    void a_guard_is_put_before_every_character_a_spreadsheet_starts_a_formula_with() {
        assertThat(SafeCells.neverAFormula("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeCells.neverAFormula("+86 139")).isEqualTo("'+86 139");
        assertThat(SafeCells.neverAFormula("-2")).isEqualTo("'-2");
        assertThat(SafeCells.neverAFormula("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCells.neverAFormula("\t=1")).isEqualTo("'\t=1");
        assertThat(SafeCells.neverAFormula("\r=1")).isEqualTo("'\r=1");
        assertThat(SafeCells.neverAFormula("云溪 = 好")).isEqualTo("云溪 = 好");
        assertThat(SafeCells.neverAFormula("")).isEmpty();
    }

    @Test
    void only_the_office_of_the_event_may_export() {
        OfficeFixture.Expo expo = fixture.expo();
        OfficeFixture.Expo other = fixture.expo();

        assertThatThrownBy(() -> export.write(expo.event().id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account(ExhibitorFixtures.unique("exhibitor"), EnumSet.of(Role.EXHIBITOR), expo.event().id()));
        assertThatThrownBy(() -> export.write(expo.event().id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThat(other.event().id()).isNotEqualTo(expo.event().id());
    }
}
