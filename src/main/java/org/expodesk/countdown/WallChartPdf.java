package org.expodesk.countdown;

import org.expodesk.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The wall chart (挂图) as a PDF on A3 landscape: one row per task grouped by workstream, bars to scale between
 * start and deadline (progress darker), late tasks red, done green, the critical path outlined, opening day and
 * today's line, a legend, and the D-n countdown in the header. Bilingual: Chinese titles, English beside them.
 * Rows that do not fit go on further pages with the same scale.
 */
@Component
public class WallChartPdf {

    static final Color OPEN = new Color(0x2f, 0x6f, 0xb0);
    static final Color LATE = new Color(0xb8, 0x26, 0x2f);
    static final Color DONE = new Color(0x3a, 0x9a, 0x6a);
    private static final float MARGIN = 28;
    private static final float LABEL_WIDTH = 330;
    private static final float HEADER = 86;
    private static final float AXIS = 30;
    private static final float ROW = 15;

    private final ExpoDeskI18NProvider texts;

    public WallChartPdf(ExpoDeskI18NProvider texts) {
        this.texts = texts;
    }

    private record Row(Workstream workstream, TaskSummary task) {
    }

    public void render(WallChart chart, OutputStream out) {
        Rectangle page = PageSize.A3.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle("ExpoDesk wall chart");
        document.addCreator("ExpoDesk");
        document.open();
        BaseFont font = PdfFonts.cjk();
        List<Row> rows = rows(chart);
        LocalDate first = chart.tasks().stream().map(TaskSummary::startDate).min(Comparator.naturalOrder()).orElse(chart.today());
        LocalDate last = chart.tasks().stream().map(TaskSummary::deadline).max(Comparator.naturalOrder()).orElse(chart.event().startDate());
        first = min(first, chart.today(), chart.event().startDate()).minusDays(1);
        last = max(last, chart.today(), chart.event().endDate()).plusDays(1);
        float top = page.getHeight() - MARGIN - HEADER - AXIS;
        int perPage = Math.max(1, (int) ((top - MARGIN - 10) / ROW));
        Scale scale = new Scale(first, last, MARGIN + LABEL_WIDTH, page.getWidth() - MARGIN);
        for (int from = 0; from < Math.max(1, rows.size()); from += perPage) {
            if (from > 0) {
                document.newPage();
            }
            PdfContentByte canvas = writer.getDirectContent();
            header(canvas, font, chart, page);
            legend(canvas, font, page);
            List<Row> onPage = rows.subList(Math.min(from, rows.size()), Math.min(rows.size(), from + perPage));
            float bottom = top - onPage.size() * ROW;
            axis(canvas, font, chart, scale, top, bottom);
            drawRows(canvas, font, chart, scale, onPage, top);
            todayAndOpening(canvas, font, chart, scale, top, bottom);
        }
        document.close();
    }

    /** Tasks by workstream (in the enum's order), each workstream's tasks by start. */
    private static List<Row> rows(WallChart chart) {
        List<Row> rows = new ArrayList<>();
        for (Workstream w : Workstream.values()) {
            chart.tasks().stream().filter(t -> t.workstream() == w)
                    .sorted(Comparator.comparing(TaskSummary::startDate).thenComparing(TaskSummary::id))
                    .forEach(t -> rows.add(new Row(w, t)));
        }
        return rows;
    }

    private void header(PdfContentByte canvas, BaseFont font, WallChart chart, Rectangle page) {
        float y = page.getHeight() - MARGIN - 22;
        text(canvas, font, 20, MARGIN, y, chart.event().nameZh() + " · " + texts.getTranslation("countdown.chart.title", AppLocales.ZH_CN), Color.BLACK);
        text(canvas, font, 11, MARGIN, y - 18, chart.event().nameEn() + " · " + texts.getTranslation("countdown.chart.title", AppLocales.EN), Color.DARK_GRAY);
        long days = chart.daysToOpening();
        String big = WallChart.dayLabel(-days);
        text(canvas, font, 30, page.getWidth() - MARGIN - 300, y - 6, big, LATE);
        text(canvas, font, 11, page.getWidth() - MARGIN - 190, y + 4, countdownText(days, AppLocales.ZH_CN), Color.BLACK);
        text(canvas, font, 9, page.getWidth() - MARGIN - 190, y - 10, countdownText(days, AppLocales.EN), Color.DARK_GRAY);
        text(canvas, font, 9, MARGIN, y - 36, texts.getTranslation("countdown.chart.today", AppLocales.ZH_CN) + " / "
                + texts.getTranslation("countdown.chart.today", AppLocales.EN) + ": " + chart.today() + "    "
                + texts.getTranslation("countdown.chart.opening", AppLocales.ZH_CN) + " / " + texts.getTranslation("countdown.chart.opening", AppLocales.EN) + ": " + chart.event().startDate(), Color.DARK_GRAY);
    }

    private String countdownText(long days, java.util.Locale locale) {
        return days > 0 ? texts.getTranslation("countdown.chart.countdown", locale, days)
                : days == 0 ? texts.getTranslation("countdown.chart.opening-day", locale)
                : texts.getTranslation("countdown.chart.after-opening", locale, -days);
    }

    private void legend(PdfContentByte canvas, BaseFont font, Rectangle page) {
        float x = page.getWidth() / 2 - 80;
        float y = page.getHeight() - MARGIN - 16;
        Object[][] items = {{OPEN, "countdown.chart.legend.task"}, {LATE, "countdown.chart.legend.late"}, {DONE, "countdown.chart.legend.done"}};
        for (Object[] item : items) {
            box(canvas, x, y, 16, 8, (Color) item[0], false);
            text(canvas, font, 8, x + 20, y + 1, label((String) item[1]), Color.BLACK);
            y -= 13;
        }
        box(canvas, x, y, 16, 8, new Color(0xdd, 0xe6, 0xf0), true);
        text(canvas, font, 8, x + 20, y + 1, label("countdown.chart.legend.critical"), Color.BLACK);
        y -= 13;
        canvas.saveState();
        canvas.setColorStroke(LATE);
        canvas.setLineWidth(1.2f);
        canvas.setLineDash(3, 2, 0);
        canvas.moveTo(x + 8, y - 1);
        canvas.lineTo(x + 8, y + 9);
        canvas.stroke();
        canvas.restoreState();
        text(canvas, font, 8, x + 20, y + 1, label("countdown.chart.today"), Color.BLACK);
    }

    private String label(String key) {
        return texts.getTranslation(key, AppLocales.ZH_CN) + " " + texts.getTranslation(key, AppLocales.EN);
    }

    private void axis(PdfContentByte canvas, BaseFont font, WallChart chart, Scale scale, float top, float bottom) {
        canvas.saveState();
        canvas.setLineWidth(0.3f);
        for (LocalDate d = scale.first; !d.isAfter(scale.last); d = d.plusDays(1)) {
            long offset = chart.offset(d);
            float x = scale.x(d);
            boolean labelled = offset % 5 == 0;
            canvas.setGrayStroke(labelled ? 0.7f : 0.9f);
            canvas.moveTo(x, top + (labelled ? 6 : 0));
            canvas.lineTo(x, bottom);
            canvas.stroke();
            if (labelled) {
                text(canvas, font, 7, x + 1, top + 16, WallChart.dayLabel(offset), Color.BLACK);
                text(canvas, font, 6, x + 1, top + 8, d.getMonthValue() + "-" + d.getDayOfMonth(), Color.GRAY);
            }
        }
        canvas.setGrayStroke(0.3f);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(MARGIN, top);
        canvas.lineTo(scale.right, top);
        canvas.stroke();
        canvas.restoreState();
    }

    private void drawRows(PdfContentByte canvas, BaseFont font, WallChart chart, Scale scale, List<Row> rows, float top) {
        float y = top;
        Workstream current = null;
        for (Row row : rows) {
            y -= ROW;
            if (row.workstream() != current) {
                current = row.workstream();
                canvas.saveState();
                canvas.setGrayStroke(0.5f);
                canvas.setLineWidth(0.6f);
                canvas.moveTo(MARGIN, y + ROW);
                canvas.lineTo(scale.right, y + ROW);
                canvas.stroke();
                canvas.restoreState();
                text(canvas, font, 7, MARGIN, y + 4, texts.getTranslation(current.messageKey(), AppLocales.ZH_CN), Color.GRAY);
            }
            TaskSummary task = row.task();
            String title = fit(font, 8, task.titleZh() + (task.titleEn() == null ? "" : "  " + task.titleEn()), LABEL_WIDTH - 60);
            text(canvas, font, 8, MARGIN + 50, y + 4, title, task.late() ? LATE : Color.BLACK);
            Color colour = task.status() == TaskStatus.DONE ? DONE : task.late() ? LATE : OPEN;
            float x1 = scale.x(task.startDate());
            float x2 = scale.x(task.deadline().plusDays(1));
            boolean critical = chart.critical().contains(task.id());
            box(canvas, x1, y + 3, Math.max(2, x2 - x1), ROW - 6, lighter(colour), critical);
            if (task.progress() > 0) {
                box(canvas, x1, y + 3, Math.max(1, (x2 - x1) * task.progress() / 100f), ROW - 6, colour, false);
            }
        }
    }

    private void todayAndOpening(PdfContentByte canvas, BaseFont font, WallChart chart, Scale scale, float top, float bottom) {
        canvas.saveState();
        float opening = scale.x(chart.event().startDate());
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(1.2f);
        canvas.moveTo(opening, top + 20);
        canvas.lineTo(opening, bottom);
        canvas.stroke();
        float today = scale.x(chart.today()) + scale.dayWidth() / 2;
        canvas.setColorStroke(LATE);
        canvas.setLineWidth(1.2f);
        canvas.setLineDash(3, 2, 0);
        canvas.moveTo(today, top + 24);
        canvas.lineTo(today, bottom);
        canvas.stroke();
        canvas.restoreState();
        text(canvas, font, 7, today + 2, top + 24, label("countdown.chart.today"), LATE);
    }

    private static Color lighter(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }

    private static void box(PdfContentByte canvas, float x, float y, float w, float h, Color fill, boolean critical) {
        canvas.saveState();
        canvas.setColorFill(fill);
        canvas.rectangle(x, y, w, h);
        if (critical) {
            canvas.setColorStroke(Color.BLACK);
            canvas.setLineWidth(1.6f);
            canvas.fillStroke();
        } else {
            canvas.fill();
        }
        canvas.restoreState();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, float x, float y, String text, Color colour) {
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.restoreState();
    }

    private static String fit(BaseFont font, float size, String text, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static LocalDate min(LocalDate... days) {
        return java.util.Arrays.stream(days).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static LocalDate max(LocalDate... days) {
        return java.util.Arrays.stream(days).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Days to points: the first day's left edge at {@code left}, the last day's right edge at {@code right}. */
    private record Scale(LocalDate first, LocalDate last, float left, float right) {
        float dayWidth() {
            return (right - left) / (ChronoUnit.DAYS.between(first, last) + 1);
        }

        float x(LocalDate day) {
            return left + ChronoUnit.DAYS.between(first, day) * dayWidth();
        }
    }
}
