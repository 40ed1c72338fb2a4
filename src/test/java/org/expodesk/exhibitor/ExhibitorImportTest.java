package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.exhibitor.ExhibitorFixtures.organiserOf;
import static org.expodesk.exhibitor.ImportFiles.row;
import static org.expodesk.exhibitor.ImportFiles.with;
import static org.expodesk.exhibitor.ImportFiles.xlsx;

import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.exhibitor.domain.RegistrationChangeRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The office's Excel/CSV import: every bad row named with its row number and reason, and nothing saved unless all are good. */
@SpringBootTest
@ActiveProfiles("test")
class ExhibitorImportTest {

    private static final MessageBundles BUNDLES = MessageBundles.load();

    @Autowired ExhibitorImport imports;
    @Autowired RegistrationService registrations;
    @Autowired ExhibitorRepository exhibitors;
    @Autowired RegistrationChangeRepository changes;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestData data;

    private EventSummary event;

    @BeforeEach
    void anEventAndItsOffice() {
        event = ExhibitorFixtures.openEvent(events, transactions);
        TestData.signInAs(organiserOf(data, event));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_clean_file_is_previewed_row_by_row_and_saved_as_submitted_registrations_without_accounts() {
        byte[] file = xlsx(row("云溪晨光五金有限公司"), row("云溪竹韵工艺品厂"));

        ImportPreview preview = imports.preview(event.id(), "exhibitors.xlsx", file);
        assertThat(preview.rows()).extracting(ImportRow::rowNumber).containsExactly(2, 3);
        assertThat(preview.allGood()).isTrue();

        assertThat(imports.save(event.id(), "exhibitors.xlsx", file)).isEqualTo(2);
        List<ExhibitorSummary> saved = exhibitors.findAll().stream().filter(e -> e.eventId() == event.id()).map(e -> e.toSummary()).toList();
        assertThat(saved).extracting(ExhibitorSummary::nameZh).containsExactlyInAnyOrder("云溪晨光五金有限公司", "云溪竹韵工艺品厂");
        assertThat(saved).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(RegistrationStatus.SUBMITTED);
            assertThat(e.accountId()).isNull();
            assertThat(e.category()).isEqualTo(ExhibitorCategory.HARDWARE);
            assertThat(e.wishBooths()).containsExactly("A-001", "A-002");
            assertThat(e.localEnterprise()).isTrue();
        });
    }

    @Test
    void a_missing_company_name_is_reported_with_its_row_number_and_nothing_is_saved() {
        byte[] file = xlsx(row("云溪晨光五金有限公司"), with(row(""), ImportColumn.NAME_ZH, ""));

        assertRefusedWithoutSaving(file, "x.xlsx", 3, ImportColumn.NAME_ZH, "exhibitor.import.problem.missing", "必填，未填写");
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_reported() {
        String good = ExhibitorFixtures.creditCode();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        byte[] file = xlsx(with(row("云溪晨光五金有限公司"), ImportColumn.CREDIT_CODE, good.substring(0, 17) + wrong));

        assertRefusedWithoutSaving(file, "x.xlsx", 2, ImportColumn.CREDIT_CODE, "exhibitor.import.problem.credit-code", "校验位");
    }

    @Test
    void a_credit_code_repeated_in_the_file_names_the_first_row_that_had_it() {
        List<Object> first = row("云溪晨光五金有限公司");
        byte[] file = xlsx(first, row("云溪竹韵工艺品厂"), with(row("云溪茶叶合作社"), ImportColumn.CREDIT_CODE, first.get(2)));

        assertRefusedWithoutSaving(file, "x.xlsx", 4, ImportColumn.CREDIT_CODE, "exhibitor.import.problem.duplicate-in-file", "与第 2 行重复");
    }

    @Test
    void a_company_already_registered_for_the_event_is_reported() {
        ExhibitorDraft draft = ExhibitorFixtures.registration("云溪晨光五金有限公司");
        registrations.importRegistration(event.id(), draft);

        byte[] file = xlsx(row("云溪竹韵工艺品厂"), with(row("云溪晨光五金"), ImportColumn.CREDIT_CODE, draft.getCreditCode()));

        assertRefusedWithoutSaving(file, "x.xlsx", 3, ImportColumn.CREDIT_CODE, "exhibitor.import.problem.already-registered", "已报名");
    }

    @Test
    void a_cell_of_5000_characters_is_refused_as_too_long() {
        byte[] file = xlsx(with(row("云溪晨光五金有限公司"), ImportColumn.PRODUCTS, "杯".repeat(5_000)));

        assertRefusedWithoutSaving(file, "x.xlsx", 2, ImportColumn.PRODUCTS, "exhibitor.import.problem.too-long", "5,000 个字符");
    }

    @Test
    void a_formula_cell_is_refused_and_the_office_is_asked_for_values() {
        byte[] file = xlsx(row("云溪晨光五金有限公司"), with(row("云溪竹韵工艺品厂"), ImportColumn.MOBILE, new ImportFiles.Formula("13900000000+1")));

        assertRefusedWithoutSaving(file, "x.xlsx", 3, ImportColumn.MOBILE, "exhibitor.import.problem.formula", "单元格 F3 是公式");
    }

    @Test
    void a_bad_mobile_and_a_bad_email_each_get_their_own_reason() {
        List<Object> bad = with(with(row("云溪晨光五金有限公司"), ImportColumn.MOBILE, "1234"), ImportColumn.EMAIL, "not-an-email");

        ImportPreview preview = imports.preview(event.id(), "x.xlsx", xlsx(bad));

        assertThat(preview.rows().getFirst().problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ImportColumn.MOBILE, "exhibitor.import.problem.mobile"),
                org.assertj.core.groups.Tuple.tuple(ImportColumn.EMAIL, "exhibitor.import.problem.email"));
    }

    @Test
    void a_csv_in_utf8_with_a_byte_order_mark_reads_its_chinese_names() {
        byte[] file = ImportFiles.utf8Bom(row("云溪晨光五金有限公司"));

        ImportPreview preview = imports.preview(event.id(), "exhibitors.csv", file);

        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.nameZh()).isEqualTo("云溪晨光五金有限公司");
            assertThat(r.ok()).isTrue();
        });
        assertThat(imports.save(event.id(), "exhibitors.csv", file)).isEqualTo(1);
    }

    @Test
    void a_csv_saved_by_chinese_excel_in_gbk_reads_its_chinese_names() {
        byte[] file = ImportFiles.csv(Charset.forName("GBK"), false, row("云溪竹韵工艺品厂"));

        ImportPreview preview = imports.preview(event.id(), "exhibitors.csv", file);

        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.nameZh()).isEqualTo("云溪竹韵工艺品厂");
            assertThat(r.ok()).isTrue();
        });
    }

    @Test
    void a_csv_bad_row_is_reported_with_its_line_number() {
        byte[] file = ImportFiles.utf8Bom(row("云溪晨光五金有限公司"), with(row("云溪竹韵工艺品厂"), ImportColumn.CONTACT, "=cmd|' /C calc'!A0"));

        assertRefusedWithoutSaving(file, "x.csv", 3, ImportColumn.CONTACT, "exhibitor.import.problem.formula", "单元格 E3 是公式");
    }

    @Test
    void a_sheet_that_is_not_the_template_is_refused_as_a_whole() {
        byte[] file = ImportFiles.csv(Charset.forName("GBK"), false);
        byte[] other = "名称,电话\r\n某公司,123\r\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> imports.preview(event.id(), "x.csv", other)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exhibitor.import.error.not-template"));
        assertThatThrownBy(() -> imports.preview(event.id(), "x.csv", file)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exhibitor.import.error.empty"));
        assertThatThrownBy(() -> imports.preview(event.id(), "x.xlsx", "not a zip".getBytes())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exhibitor.import.error.not-xlsx"));
        assertThatThrownBy(() -> imports.preview(event.id(), "x.xls", file)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exhibitor.import.error.file-type"));
    }

    @Test
    void the_template_is_read_back_as_an_empty_import() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        imports.writeTemplate(out);

        assertThatThrownBy(() -> imports.preview(event.id(), "template.xlsx", out.toByteArray()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.import.error.empty"));
    }

    @Test
    void other_roles_and_the_office_of_another_event_cannot_import() {
        byte[] file = xlsx(row("云溪晨光五金有限公司"));
        EventSummary other = ExhibitorFixtures.openEvent(events, transactions);

        TestData.signInAs(organiserOf(data, other));
        assertThatThrownBy(() -> imports.preview(event.id(), "x.xlsx", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.save(event.id(), "x.xlsx", file)).isInstanceOf(AccessDeniedException.class);
        for (Role role : EnumSet.of(Role.EXHIBITOR, Role.RECEPTION, Role.SAFETY, Role.VOLUNTEER)) {
            TestData.signInAs(data.account(ExhibitorFixtures.unique(role.name().toLowerCase(Locale.ROOT)), EnumSet.of(role), event.id()));
            assertThatThrownBy(() -> imports.save(event.id(), "x.xlsx", file)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(exhibitors.findAll()).noneMatch(e -> e.eventId() == event.id());
    }

    /** The preview names the row and the reason (in Chinese, as the office reads it); saving is refused and no row is written. */
    private void assertRefusedWithoutSaving(byte[] file, String fileName, int rowNumber, ImportColumn column, String key, String chinese) {
        long exhibitorRows = exhibitors.count();
        long historyRows = changes.count();

        ImportPreview preview = imports.preview(event.id(), fileName, file);

        assertThat(preview.allGood()).isFalse();
        ImportRow bad = preview.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow();
        assertThat(bad.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(BUNDLES.text(AppLocales.ZH_CN, key, p.arguments().toArray())).contains(chinese);
            assertThat(BUNDLES.text(AppLocales.EN, key, p.arguments().toArray())).doesNotContain("!");
        });
        assertThat(preview.rows()).filteredOn(r -> r.rowNumber() != rowNumber).allMatch(ImportRow::ok);
        assertThatThrownBy(() -> imports.save(event.id(), fileName, file)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exhibitor.import.error.bad-rows"));
        assertThat(exhibitors.count()).isEqualTo(exhibitorRows);
        assertThat(changes.count()).isEqualTo(historyRows);
    }
}
