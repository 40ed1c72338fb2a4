package org.expodesk.shell.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.expodesk.shared.dashboard.DashboardChart;

/** Turns a feature's chart data into an ECharts option, with every label translated. */
final class DashboardChartOptions {

    private static final String FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', "
            + "'Microsoft YaHei', 'WenQuanYi Micro Hei', Roboto, sans-serif";
    private static final List<String> PALETTE = List.of("#b8262f", "#e0712a", "#2f6fb0", "#3a9a6a", "#8a5cc2",
            "#c9a227", "#5b6b7a");

    private DashboardChartOptions() {
    }

    /** A view's {@code getTranslation}. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... arguments);
    }

    static Map<String, Object> of(DashboardChart chart, Translator translator) {
        Function<String, String> translate = translator::translate;
        List<String> labels = chart.slices().stream()
                .map(s -> translator.translate(s.labelKey(), s.labelArguments().toArray())).toList();
        List<Long> values = chart.slices().stream().map(DashboardChart.Slice::value).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", PALETTE);
        option.put("textStyle", Map.of("fontFamily", FONT));
        option.put("title", Map.of("text", translate.apply(chart.titleKey()), "left", 8, "top", 4,
                "textStyle", Map.of("fontSize", 14, "fontWeight", 600)));
        option.put("tooltip", Map.of("trigger", chart.kind() == DashboardChart.Kind.BAR ? "axis" : "item"));
        if (chart.kind() == DashboardChart.Kind.STACKED_BAR) {
            option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
            option.put("legend", Map.of("bottom", 0, "type", "scroll"));
            option.put("grid", Map.of("left", 8, "right", 16, "bottom", 32, "top", 40, "containLabel", true));
            option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("interval", 0, "hideOverlap", true)));
            option.put("yAxis", Map.of("type", "value", "minInterval", 1));
            List<Map<String, Object>> series = new java.util.ArrayList<>();
            for (DashboardChart.Series part : chart.series()) {
                Map<String, Object> bar = new LinkedHashMap<>();
                bar.put("type", "bar");
                bar.put("stack", "total");
                bar.put("name", translate.apply(part.labelKey()));
                bar.put("data", part.values());
                bar.put("barMaxWidth", 48);
                if (part.color() != null) {
                    bar.put("itemStyle", Map.of("color", part.color()));
                }
                series.add(bar);
            }
            option.put("series", series);
        } else if (chart.kind() == DashboardChart.Kind.BAR) {
            option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 40, "containLabel", true));
            option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("interval", 0, "hideOverlap", true)));
            option.put("yAxis", Map.of("type", "value", "minInterval", 1));
            option.put("series", List.of(Map.of("type", "bar", "data", values, "barMaxWidth", 36,
                    "label", Map.of("show", true, "position", "top"),
                    "itemStyle", Map.of("borderRadius", List.of(4, 4, 0, 0)))));
        } else {
            List<Map<String, Object>> data = new java.util.ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                data.add(Map.of("name", labels.get(i), "value", values.get(i)));
            }
            option.put("legend", Map.of("bottom", 0, "type", "scroll"));
            option.put("series", List.of(Map.of("type", "pie", "radius", List.of("38%", "62%"),
                    "center", List.of("50%", "50%"), "data", data,
                    "label", Map.of("formatter", "{b}: {c}"),
                    "itemStyle", Map.of("borderColor", "#fff", "borderWidth", 2))));
        }
        return option;
    }
}
