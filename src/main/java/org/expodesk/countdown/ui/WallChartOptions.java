package org.expodesk.countdown.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.countdown.TaskStatus;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.WallChart;

/**
 * One workstream's Gantt as an ECharts option: horizontal bars stacked on an invisible bar that offsets them to
 * their start (the bundled ECharts has bar and line charts only, no custom series), a D-n axis on top, opening
 * day and today as vertical lines. Late tasks red, done green, the critical path outlined in black.
 */
final class WallChartOptions {

    static final String OPEN = "#2f6fb0";
    static final String LATE = "#b8262f";
    static final String DONE = "#3a9a6a";
    private static final String FONT = "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', Roboto, sans-serif";

    private WallChartOptions() {
    }

    /** {@code first} and {@code last} are the same for every workstream, so all charts share one scale. */
    static Map<String, Object> of(WallChart chart, List<TaskSummary> tasks, LocalDate first, LocalDate last, Locale locale,
            CountdownTexts.Translator t) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<String> dayLabels = new ArrayList<>();
        for (int i = 0; i <= days; i++) {
            dayLabels.add(WallChart.dayLabel(chart.offset(first.plusDays(i))));
        }
        List<String> titles = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (TaskSummary task : tasks) {
            titles.add(task.title(locale));
            offsets.add(ChronoUnit.DAYS.between(first, task.startDate()));
            String colour = task.status() == TaskStatus.DONE ? DONE : task.late() ? LATE : OPEN;
            boolean critical = chart.critical().contains(task.id());
            Map<String, Object> style = new LinkedHashMap<>();
            style.put("color", colour);
            style.put("borderColor", critical ? "#111" : colour);
            style.put("borderWidth", critical ? 2 : 0);
            style.put("borderRadius", 3);
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", task.durationDays());
            bar.put("name", task.title(locale) + " · " + task.startDate() + " – " + task.deadline() + " · " + task.progress() + " %"
                    + (critical ? " · " + t.get("countdown.critical") : "") + (task.late() ? " · " + t.get("countdown.late") : ""));
            bar.put("itemStyle", style);
            bars.add(bar);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("textStyle", Map.of("fontFamily", FONT));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 28, "bottom", 8, "containLabel", true));
        option.put("xAxis", List.of(
                Map.of("type", "value", "min", 0, "max", days, "show", false),
                Map.of("type", "category", "position", "top", "boundaryGap", false, "data", dayLabels,
                        "axisLabel", Map.of("interval", 4, "fontSize", 10), "axisTick", Map.of("interval", 4),
                        "splitLine", Map.of("show", true, "interval", 4, "lineStyle", Map.of("color", "#e4e8ee")))));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", titles,
                "axisLabel", Map.of("width", 220, "overflow", "truncate", "fontSize", 12)));
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("type", "bar", "stack", "gantt", "silent", true, "data", offsets, "itemStyle", Map.of("color", "transparent"),
                "barWidth", 14));
        series.add(Map.of("type", "bar", "stack", "gantt", "data", bars, "barWidth", 14));
        double opening = ChronoUnit.DAYS.between(first, chart.event().startDate());
        double today = ChronoUnit.DAYS.between(first, chart.today()) + 0.5;
        series.add(line(t.get("countdown.chart.opening-day"), opening, titles, "#111", "solid"));
        series.add(line(t.get("countdown.chart.today"), today, titles, LATE, "dashed"));
        option.put("series", series);
        return option;
    }

    /** A vertical line from the first task's row to the last one's, at a day on the value axis. */
    private static Map<String, Object> line(String name, double x, List<String> titles, String colour, String type) {
        return Map.of("type", "line", "name", name, "symbol", "none", "data",
                List.of(List.of(x, titles.getFirst()), List.of(x, titles.getLast())),
                "lineStyle", Map.of("color", colour, "width", 2, "type", type), "silent", true, "z", 5);
    }
}
