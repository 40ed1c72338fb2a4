package org.expodesk.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The Excel import: every bad row with its number and reason, duplicates in the file and with guests, all or nothing. */
@SpringBootTest
@ActiveProfiles("test")
class GuestImportTest {

    @Autowired
    GuestImport importer;
    @Autowired
    GuestService guests;
    @Autowired
    EventService events;
    @Autowired
    TestData data;

    EventSummary event;

    @BeforeEach
    void anEvent() {
        event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(30));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    static byte[] sheet(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("嘉宾");
            Row header = sheet.createRow(0);
            for (int c = 0; c < GuestImport.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(GuestImport.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_good_list_is_imported_whole() throws IOException {
        byte[] file = sheet(
                new String[] {"黄志强", "Huang Zhiqiang", "董事长", "厦门海晟投资", "客商", "福建省厦门市", "13905001003", "huang@example.com", "", "1"},
                new String[] {"林建华", "Lin Jianhua", "总经理", "泉州鸿运鞋业", "采购商", "福建省泉州市", "13905001004"});

        assertThat(importer.preview(event.id(), new ByteArrayInputStream(file)).ok()).isTrue();
        assertThat(importer.importAll(event.id(), new ByteArrayInputStream(file))).isEqualTo(2);
        assertThat(guests.count(event.id(), GuestFilter.all())).isEqualTo(2);
        assertThat(guests.all(event.id())).filteredOn(g -> g.nameZh().equals("黄志强")).singleElement()
                .satisfies(g -> assertThat(g.companions()).isEqualTo(1));
    }

    @Test
    void every_bad_row_is_reported_with_its_number_and_nothing_is_imported() throws IOException {
        guests.create(event.id(), guest("王丽", "Wang Li", "漳州万家乐食品", GuestCategory.BUYER, "13905009999"));
        byte[] file = sheet(
                new String[] {"黄志强", "", "", "厦门海晟投资", "客商", "", "13905001003"},
                new String[] {"", "No Chinese name", "", "某公司", "客商"},
                new String[] {"陈思远", "", "", "福州闽江贸易", "外星人", "", "12345"},
                new String[] {"黄志强", "", "", "厦门海晟投资", "客商", "", "13905001003"},
                new String[] {"张伟", "", "", "某公司", "采购商", "", "13905009999"},
                new String[] {"王丽", "", "", "漳州万家乐食品", "采购商", "", "", "", "不存在的单位", "两个"});

        ImportPreview preview = importer.preview(event.id(), new ByteArrayInputStream(file));

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "guest.import.error.field"),
                org.assertj.core.groups.Tuple.tuple(4, "guest.import.error.category"),
                org.assertj.core.groups.Tuple.tuple(4, "guest.import.error.field"),
                org.assertj.core.groups.Tuple.tuple(5, "guest.import.error.same-mobile-in-file"),
                org.assertj.core.groups.Tuple.tuple(5, "guest.import.error.same-name-in-file"),
                org.assertj.core.groups.Tuple.tuple(6, "guest.import.error.mobile-exists"),
                org.assertj.core.groups.Tuple.tuple(7, "guest.import.error.name-exists"),
                org.assertj.core.groups.Tuple.tuple(7, "guest.import.error.unit"),
                org.assertj.core.groups.Tuple.tuple(7, "guest.import.error.companions"));
        assertThat(preview.problems()).noneMatch(p -> p.row() == 2);
        assertThatThrownBy(() -> importer.importAll(event.id(), new ByteArrayInputStream(file)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("guest.import.error.has-problems");
        assertThat(guests.count(event.id(), GuestFilter.all())).isEqualTo(1);
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_with_a_reason() {
        assertThatThrownBy(() -> importer.preview(event.id(), new ByteArrayInputStream("姓名,手机".getBytes())))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("guest.import.error.unreadable");
    }

    @Test
    void a_formula_cell_is_refused_with_its_address_and_nothing_is_imported() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = book.createSheet("嘉宾").createRow(1);
            book.getSheetAt(0).createRow(0).createCell(0).setCellValue(GuestImport.COLUMNS.get(0));
            row.createCell(0).setCellFormula("HYPERLINK(\"http://example.com\",\"黄志强\")");
            row.createCell(3).setCellValue("厦门海晟投资");
            book.write(out);
            file = out.toByteArray();
        }

        ImportPreview preview = importer.preview(event.id(), new ByteArrayInputStream(file));

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey, ImportProblem::arguments)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "guest.import.error.formula", java.util.List.of("A2")));
        assertThatThrownBy(() -> importer.importAll(event.id(), new ByteArrayInputStream(file)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(guests.count(event.id(), GuestFilter.all())).isZero();
    }

    @Test
    void a_sheet_longer_than_the_limit_is_refused_whole_rather_than_cut() throws IOException {
        String[][] rows = new String[GuestImport.MAX_ROWS + 1][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {"嘉宾" + i, "", "", "公司" + i, "采购商"};
        }
        byte[] file = sheet(rows);

        ImportPreview preview = importer.preview(event.id(), new ByteArrayInputStream(file));

        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::messageKey).contains("guest.import.error.too-many-rows");
        assertThat(guests.count(event.id(), GuestFilter.all())).isZero();
    }
}
