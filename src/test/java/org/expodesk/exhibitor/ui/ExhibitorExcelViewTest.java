package org.expodesk.exhibitor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.exhibitor.ImportFiles.row;
import static org.expodesk.exhibitor.ImportFiles.with;
import static org.expodesk.exhibitor.ImportFiles.xlsx;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.booth.ui.FloorPlanView;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorTargets;
import org.expodesk.exhibitor.ImportColumn;
import org.expodesk.exhibitor.ImportFiles;
import org.expodesk.exhibitor.ImportRow;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The office's import screen: bad rows listed first with row numbers and reasons in the screen's language; save only when all are good. */
class ExhibitorExcelViewTest extends ScreenTest {

    @Autowired ExhibitorService exhibitors;
    @Autowired ExhibitorTargets targets;
    @Autowired org.expodesk.booth.HallService halls;

    private EventSummary event;

    @BeforeEach
    void theOfficeOfAnEvent() {
        event = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        TestData.signInAs(testData.account("organiser-excel-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @Test
    void a_file_with_bad_rows_lists_them_first_with_their_row_numbers_and_chinese_reasons_and_cannot_be_saved() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        ExhibitorExcelView view = navigate(ExhibitorExcelView.class);

        view.preview("展商.xlsx", xlsx(row("云溪晨光五金有限公司"), with(row("云溪竹韵工艺品厂"), ImportColumn.CREDIT_CODE, "91330782MA2D8K1X0Z"),
                with(row(""), ImportColumn.NAME_ZH, "")));

        List<ImportRow> rows = view.grid().getGenericDataView().getItems().toList();
        assertThat(rows).extracting(ImportRow::rowNumber).containsExactly(3, 4, 2);
        assertThat(view.grid().problems(rows.get(0))).isEqualTo("C 统一社会信用代码：统一社会信用代码无效（位数或校验位不对）");
        assertThat(view.grid().problems(rows.get(1))).isEqualTo("A 公司名称（中文）：必填，未填写");
        assertThat(find(Paragraph.class).id("import-summary").getText()).isEqualTo(
                "共 3 行，其中 2 行有问题（排在最前）。请在 Excel 中修改后重新上传；本次不会保存任何数据。");
        assertThat(find(Button.class).id("import-save").isEnabled()).isFalse();
    }

    @Test
    void the_same_reasons_read_in_english() {
        UI.getCurrent().setLocale(AppLocales.EN);
        ExhibitorExcelView view = navigate(ExhibitorExcelView.class);

        view.preview("exhibitors.xlsx", xlsx(with(row("云溪晨光五金有限公司"), ImportColumn.PRODUCTS, "杯".repeat(5_000))));

        ImportRow bad = view.grid().getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(view.grid().problems(bad)).isEqualTo("H Products: too long (5,000 characters, at most 1,000)");
    }

    @Test
    void a_good_file_is_saved_with_one_click_and_the_registrations_appear_for_review() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        ExhibitorExcelView view = navigate(ExhibitorExcelView.class);

        view.preview("展商.csv", ImportFiles.utf8Bom(row("云溪晨光五金有限公司"), row("云溪竹韵工艺品厂")));
        test(find(Button.class).id("import-save")).click();

        assertThat(exhibitors.count(event.id(), ExhibitorFilter.all())).isEqualTo(2);
        assertThat(find(Paragraph.class).id("import-summary").getText()).startsWith("已导入 2 家企业");
        assertThat(find(Button.class).id("import-save").isEnabled()).isFalse();
    }

    @Test
    void a_file_that_is_not_the_template_is_refused_with_a_message() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        ExhibitorExcelView view = navigate(ExhibitorExcelView.class);

        view.preview("名单.csv", "名称,电话\r\n某公司,123\r\n".getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThat(find(Paragraph.class).id("import-summary").getText()).startsWith("这不是参展商导入模板：第 A 列应为");
    }

    @Test
    void the_template_the_export_and_the_goal_are_offered_and_the_goal_is_saved() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(ExhibitorExcelView.class);

        assertThat(find(Anchor.class).id("import-template").getText()).contains("模板");
        assertThat(find(Anchor.class).id("export-download").getText()).contains("导出");
        IntegerField goal = find(IntegerField.class).id("famous-goal");
        assertThat(goal.getValue()).isEqualTo(30);
        test(goal).setValue(35);
        test(find(Button.class).id("famous-goal-save")).click();
        assertThat(targets.famousBrandGoal(event.id())).isEqualTo(35);
    }

    @Test
    void the_upload_speaks_the_screens_language_not_the_components_english() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(ExhibitorExcelView.class);

        com.vaadin.flow.component.upload.UploadI18N i18n =
                find(com.vaadin.flow.component.upload.Upload.class).id("import-upload").getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("将文件拖到此处");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("文件太大。");
    }

    @Test
    void the_floor_plan_offers_the_plan_pdf_once_the_event_has_a_hall() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(FloorPlanView.class);
        assertThat(find(Anchor.class).all()).noneMatch(a -> "floor-plan-print".equals(a.getId().orElse(null)));

        org.expodesk.booth.HallDraft hall = new org.expodesk.booth.HallDraft();
        hall.setCode("4");
        hall.setNameZh("4号馆");
        hall.setWidth(new java.math.BigDecimal("60"));
        hall.setDepth(new java.math.BigDecimal("40"));
        halls.create(event.id(), hall);
        navigate(FloorPlanView.class);

        assertThat(find(Anchor.class).id("floor-plan-print").getText()).isEqualTo("下载展位图 PDF（A3，含展商名录）");
        assertThat(find(Anchor.class).id("floor-plan-print").getHref()).isNotBlank();
    }
}
