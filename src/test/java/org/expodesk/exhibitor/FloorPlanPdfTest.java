package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The plan PDF: A3 landscape, the hall drawn with codes and Chinese company names, then the list by booth. */
@SpringBootTest
@ActiveProfiles("test")
class FloorPlanPdfTest {

    @Autowired FloorPlanPdf pdf;
    @Autowired OfficeFixture fixture;
    @Autowired TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_plan_page_shows_booth_codes_and_chinese_company_names_and_the_list_follows() throws Exception {
        OfficeFixture.Expo expo = fixture.expo();
        fixture.withBooth(expo, fixture.company(expo, "云溪晨光五金有限公司", "Yunxi Chenguang Hardware Co., Ltd.", true, true), 0);
        fixture.withBooth(expo, fixture.company(expo, "云溪竹韵工艺品厂", "Yunxi Zhuyun Crafts Factory", false, true), 4);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(expo.event().id(), out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/floor-plan-test.pdf"), out.toByteArray());

        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        Rectangle page = reader.getPageSizeWithRotation(1);
        assertThat(page.getWidth()).isEqualTo(PageSize.A3.getHeight(), org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getHeight()).isEqualTo(PageSize.A3.getWidth(), org.assertj.core.data.Offset.offset(1f));
        String plan = new PdfTextExtractor(reader).getTextFromPage(1).replace("\n", "");
        assertThat(plan).contains("B-001", "B-005", "B-010", "云溪晨光五金", "5号馆", "图例", "南门");
        String list = new PdfTextExtractor(reader).getTextFromPage(2).replace("\n", "");
        assertThat(list).contains("展商名录", "云溪晨光五金有限公司", "Yunxi Chenguang Hardware Co., Ltd.", "云溪竹韵工艺品厂", "B-005");
    }

    @Test
    void a_short_name_drops_the_legal_form_that_every_company_shares() {
        assertThat(PlanDrawing.shortName("云溪晨光五金有限公司")).isEqualTo("云溪晨光五金");
        assertThat(PlanDrawing.shortName("云溪竹韵工艺品厂")).isEqualTo("云溪竹韵工艺品厂");
        assertThat(PlanDrawing.shortName("有限公司")).isEqualTo("有限公司");
    }

    @Test
    void only_the_office_of_the_event_may_print_its_plan() {
        OfficeFixture.Expo expo = fixture.expo();
        fixture.expo();

        assertThatThrownBy(() -> pdf.write(expo.event().id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account(ExhibitorFixtures.unique("safety"), EnumSet.of(Role.SAFETY), expo.event().id()));
        assertThatThrownBy(() -> pdf.write(expo.event().id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
