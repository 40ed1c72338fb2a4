package org.expodesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The contingency plans and QR label sheets render with Chinese text embedded; copies land in target/ to look at. */
class SafetyPdfTest {

    @Test
    void the_contingency_plans_render_bilingually_one_plan_a_page() throws Exception {
        List<PlanSummary> plans = new ArrayList<>();
        long id = 1;
        Map<IncidentKind, PlanSummary.Draft> ordered = new EnumMap<>(StarterPlans.ALL);
        for (var e : ordered.entrySet()) {
            PlanSummary.Draft d = e.getValue();
            List<PlanSummary.Contact> contacts = new ArrayList<>(d.contacts());
            contacts.addFirst(new PlanSummary.Contact("李建国", "现场总指挥 Site commander", "13905791234"));
            plans.add(new PlanSummary(id++, 1, e.getKey(), d.titleZh(), d.titleEn(), contacts, d.steps(), 0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContingencyPdfRenderer().render("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", plans, out);
        Files.createDirectories(Path.of("target/safety"));
        Files.write(Path.of("target/safety/contingency-plans.pdf"), out.toByteArray());
        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(6);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("火灾事故应急预案", "Fire emergency plan", "119", "李建国");
    }

    @Test
    void a_label_sheet_holds_twelve_labels_a_page_with_the_targets_url() throws Exception {
        List<TargetSummary> targets = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            targets.add(new TargetSummary(i, 1, TargetKind.EXTINGUISHER, "4号馆灭火器 MHZ-" + i, null, 1L, null,
                    new BigDecimal("10"), new BigDecimal("20"), i % 3 == 0 ? null : new Responsible("张伟", "13800138000", "云溪五金"),
                    TargetService.newToken(), 0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TargetLabelPdfRenderer().render(targets, "https://expo.yunxi.gov.cn", out);
        Files.createDirectories(Path.of("target/safety"));
        Files.write(Path.of("target/safety/labels.pdf"), out.toByteArray());
        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("4号馆灭火器 MHZ-1", "张伟");
        assertThat(TargetLabelPdfRenderer.url("https://expo.yunxi.gov.cn/", targets.getFirst()))
                .isEqualTo("https://expo.yunxi.gov.cn/safety/target/" + targets.getFirst().qrToken());
    }
}
