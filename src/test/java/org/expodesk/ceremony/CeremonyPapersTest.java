package org.expodesk.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.expodesk.deal.DealKind;
import org.expodesk.deal.DealStatus;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.Industry;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionPlace;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The ceremony's papers read back by text extraction, the stage plan's seats and the run-sheet's minutes. */
class CeremonyPapersTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final ExpoDeskI18NProvider i18n = new ExpoDeskI18NProvider();
    final CeremonyPdfRenderer renderer = new CeremonyPdfRenderer(i18n);

    static DealSummary deal(long id, String project, long unitId, String unit, Industry industry, String wan, String currency) {
        return new DealSummary(id, 1, project, "Project " + id, "投资方" + id + "有限公司", "Investor " + id + " Ltd.", "客商" + id, "董事长",
                unitId, unit, null, "主方" + unitId, "副县长", industry, null, new BigDecimal(wan), currency, DealKind.CONTRACT,
                DealStatus.PLANNED, 0);
    }

    static Ceremony ceremony(List<DealSummary> deals, List<Witness> witnesses, CeremonySettings settings) {
        Instant start = java.time.LocalDateTime.of(2026, 10, 16, 17, 0).atZone(SHANGHAI).toInstant();
        SessionSummary session = new SessionSummary(7, 1, SessionKind.SIGNING_CEREMONY, "重点项目集中签约仪式", "Key Projects Signing",
                null, null, start, start.plusSeconds(3600), SHANGHAI, new SessionPlace(PlaceKind.ROOM, 3, "国际会议厅", "Conference Hall", null),
                null, null, null, List.of(), true, null, null, null, null, 0);
        return new Ceremony(1, 0, session, settings, deals, witnesses);
    }

    static final List<DealSummary> DEALS = List.of(
            deal(1, "智能小家电产业园项目", 20, "石门县", Industry.ADVANCED_MANUFACTURING, "30000.00", "CNY"),
            deal(2, "年产5万吨竹纤维新材料项目", 10, "云溪县", Industry.NEW_MATERIALS, "12345.67", "CNY"),
            deal(3, "冷链物流中心项目", 10, "云溪县", Industry.LOGISTICS, "8000.10", "CNY"),
            deal(4, "港资跨境电商产业园项目", 20, "石门县", Industry.COMMERCE_TRADE, "1500.00", "USD"));
    static final List<Witness> WITNESSES = List.of(new Witness(1, "陈建国", "Chen Jianguo", "副市长"),
            new Witness(2, "王志刚", "Wang Zhigang", "副县长"), new Witness(3, "刘伟", "Liu Wei", "副县长"));

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    static byte[] keep(ByteArrayOutputStream out, String name) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), out.toByteArray());
        return out.toByteArray();
    }

    static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("%s after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    @Test
    void the_list_of_deals_has_the_chinese_project_names_in_signing_order_and_the_exact_totals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.dealList(ceremony(DEALS, WITNESSES, CeremonySettings.DEFAULT), Locale.SIMPLIFIED_CHINESE, out);
        String text = text(keep(out, "deal-list-zh.pdf")).replace("\n", "");

        assertInOrder(text, DEALS.stream().map(DealSummary::projectZh).toList());
        // 30,000.00 + 12,345.67 + 8,000.10 = 50,345.77 万元 = 5.03 亿元 (HALF_UP); the USD deal beside, unconverted
        assertThat(text).contains("合计：4 个项目，合同金额 5.03 亿元（50,345.77 万元）；1,500.00 万美元");
        assertThat(text).contains("云溪县", "20,345.77 万元", "石门县", "3.00 亿元（30,000.00 万元）");
        assertThat(text).contains("新材料", "1.23 亿元（12,345.67 万元）", "现代物流", "0.80 亿元（8,000.10 万元）");
        assertThat(new PdfReader(out.toByteArray()).getNumberOfPages()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_english_list_uses_english_project_names_and_the_same_sums() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.dealList(ceremony(DEALS, WITNESSES, CeremonySettings.DEFAULT), Locale.ENGLISH, out);
        String text = text(keep(out, "deal-list-en.pdf")).replace("\n", "");

        assertInOrder(text, List.of("Project 1", "Project 2", "Project 3", "Project 4"));
        assertThat(text).contains("5.03 ×100M CNY (50,345.77 ×10k CNY); 1,500.00 ×10k USD");
    }

    @Test
    void the_run_sheet_gives_every_deal_its_minutes_in_order_after_the_host_opens() throws IOException {
        Ceremony ceremony = ceremony(DEALS, WITNESSES, new CeremonySettings(1, 4, 5, 5));
        RunSheet sheet = RunSheet.of(ceremony);

        assertThat(sheet.items()).extracting(i -> i.from().toLocalTime().toString())
                .containsExactly("17:00", "17:05", "17:09", "17:13", "17:17", "17:21");
        assertThat(sheet.end().toLocalTime()).hasToString("17:26");
        assertThat(sheet.overrun()).isFalse();
        assertThat(RunSheet.of(ceremony(DEALS, WITNESSES, new CeremonySettings(1, 15, 5, 5))).overrun()).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.runSheet(ceremony, Locale.SIMPLIFIED_CHINESE, out);
        String text = text(keep(out, "run-sheet-zh.pdf")).replace("\n", "");
        assertInOrder(text, List.of("17:00–17:05", "主持人", "17:05–17:09", "智能小家电产业园项目", "年产5万吨竹纤维新材料项目",
                "冷链物流中心项目", "港资跨境电商产业园项目", "17:21–17:26"));
        assertThat(text).contains("陈建国（副市长）");
    }

    @Test
    void on_stage_the_investor_sits_on_the_audience_left_and_witnesses_spread_from_the_centre() {
        StagePlan plan = StagePlan.of(DEALS, WITNESSES, 2);

        assertThat(plan.rounds()).hasSize(2);
        StagePlan.Table first = plan.rounds().getFirst().tables().getFirst();
        assertThat(first.audienceLeft().party()).isEqualTo(StagePlan.Party.INVESTOR);
        assertThat(first.audienceRight().party()).isEqualTo(StagePlan.Party.LOCAL);
        assertThat(plan.rounds().get(1).tables()).extracting(StagePlan.Table::number, StagePlan.Table::dealNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(2, 4));
        // seen from the audience: rank 2 (on rank 1's right as they face us), rank 1, rank 3
        assertThat(plan.witnessRow()).extracting(StagePlan.WitnessSpot::rank).containsExactly(2, 1, 3);
    }

    @Test
    void every_signatory_and_witness_gets_one_name_card_printed_twice_on_the_fold() throws IOException {
        List<DealSummary> deals = new ArrayList<>(DEALS);
        Ceremony ceremony = ceremony(deals, WITNESSES, CeremonySettings.DEFAULT);
        List<NameCardRenderer.Card> cards = NameCardRenderer.cards(ceremony);
        // 3 witnesses, 4 investors, 2 local signatories (主方10 signs two deals, 主方20 two)
        assertThat(cards).hasSize(9);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NameCardRenderer().render(ceremony, out);
        byte[] pdf = keep(out, "name-cards.pdf");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(9);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first.split("陈建国", -1)).hasSize(3);
    }

    @Test
    void the_press_summary_is_one_page_with_the_count_the_total_and_the_largest_deals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.pressSummary(ceremony(DEALS, WITNESSES, CeremonySettings.DEFAULT), Locale.SIMPLIFIED_CHINESE, out);
        byte[] pdf = keep(out, "press-zh.pdf");
        String text = text(pdf).replace("\n", "");

        assertThat(new PdfReader(pdf).getNumberOfPages()).isOne();
        assertThat(text).contains("共签约项目 4 个", "5.03 亿元");
        assertInOrder(text, List.of("智能小家电产业园项目", "年产5万吨竹纤维新材料项目", "冷链物流中心项目"));
    }
}
