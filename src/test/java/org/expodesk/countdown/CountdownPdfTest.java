package org.expodesk.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventStatus;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.daily.DailySummaryFigure;
import org.expodesk.shared.daily.DailySummaryLine;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The A3 wall chart and the bilingual daily summary as PDFs; both are written under target/ to be looked at. */
class CountdownPdfTest {

    private static final LocalDate OPENING = LocalDate.of(2026, 12, 10);
    private static final LocalDate TODAY = OPENING.minusDays(12);
    private static final EventSummary EVENT = new EventSummary(1, "第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", EventKind.EXPO, 4,
            OPENING, OPENING.plusDays(3), ZoneId.of("Asia/Shanghai"), "云溪小商品城", "Yunxi Small Commodities City", null,
            EventStatus.REGISTRATION, false);
    private final ExpoDeskI18NProvider texts = new ExpoDeskI18NProvider();

    @Test
    void the_wall_chart_is_one_a3_landscape_page_with_chinese_titles_and_the_countdown() throws Exception {
        List<TaskSummary> tasks = new ArrayList<>();
        tasks.add(task(1, "成立筹备工作领导小组", "Leading group", Workstream.OTHER, -60, 3, TaskStatus.DONE, 100, List.of()));
        tasks.add(task(2, "发布招展通知", "Call for exhibitors", Workstream.INVITATIONS, -50, 20, TaskStatus.DONE, 100, List.of(1L)));
        tasks.add(task(3, "展位分配并通知展商", "Allocate booths", Workstream.VENUE_BUILD_UP, -29, 5, TaskStatus.IN_PROGRESS, 60, List.of(2L)));
        tasks.add(task(4, "展位搭建（布展）", "Booth build-up", Workstream.VENUE_BUILD_UP, -10, 7, TaskStatus.NOT_STARTED, 0, List.of(3L)));
        tasks.add(task(5, "拟定嘉宾邀请名单", "Guest list", Workstream.INVITATIONS, -30, 7, TaskStatus.NOT_STARTED, 0, List.of(1L)));
        tasks.add(task(6, "展会开幕", "Opening day", Workstream.CEREMONY, 0, 1, TaskStatus.NOT_STARTED, 0, List.of(4L)));
        WallChart chart = new WallChart(EVENT, TODAY, tasks, Set.of(1L, 2L, 3L, 4L, 6L));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WallChartPdf(texts).render(chart, out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/countdown-wall-chart.pdf"), out.toByteArray());

        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isCloseTo(1190.5f, org.assertj.core.data.Offset.offset(1f));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("第四届云溪小商品博览会", "展位搭建（布展）", "D-12", "倒计时 12 天");
        reader.close();
    }

    @Test
    void a_long_countdown_continues_on_further_pages() throws Exception {
        List<TaskSummary> tasks = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            tasks.add(task(i + 1, "任务 " + i, "Task " + i, Workstream.values()[i % 8], -60 + i % 50, 3, TaskStatus.NOT_STARTED, 0, List.of()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WallChartPdf(texts).render(new WallChart(EVENT, TODAY, tasks, Set.of()), out);

        assertThat(new PdfReader(out.toByteArray()).getNumberOfPages()).isEqualTo(2);
    }

    @Test
    void the_daily_summary_pdf_is_bilingual() throws Exception {
        DailySummary summary = new DailySummary(1, 1, TODAY, Instant.parse("2026-11-28T12:00:00Z"), List.of(
                new DailySummarySection("countdown", "countdown.summary.section", 10, EnumSet.of(Role.ORGANISER),
                        List.of(new DailySummaryFigure("countdown.summary.figure.done-today", 2), new DailySummaryFigure("countdown.summary.figure.late", 1)),
                        List.of(new DailySummaryLine("countdown.summary.done-today", "成立领导小组（县商务局）", "Leading group (County Commerce Bureau)"),
                                new DailySummaryLine("countdown.summary.late", "拟定邀请名单（尚未指定责任人），截止 2026-11-25，逾期 3 天",
                                        "Invitation list (no owner yet), due 2026-11-25, 3 days late")))));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DailySummaryPdf(texts).render(EVENT, summary, out);
        Files.write(Path.of("target/countdown-daily-summary.pdf"), out.toByteArray());

        String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        assertThat(text).contains("每日总结", "Daily summary", "筹备任务", "Preparation tasks", "今日完成任务", "Tasks done today",
                "逾期 3 天", "3 days late", "2026-11-28 20:00");
    }

    private static TaskSummary task(long id, String zh, String en, Workstream w, int offset, int days, TaskStatus status, int progress, List<Long> deps) {
        LocalDate start = OPENING.plusDays(offset);
        LocalDate deadline = start.plusDays(days - 1L);
        boolean late = status != TaskStatus.DONE && deadline.isBefore(TODAY);
        return new TaskSummary(id, 1, zh, en, w, null, null, start, deadline, status, progress, null, deps, late, 0);
    }
}
