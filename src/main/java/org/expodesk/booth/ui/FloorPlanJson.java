package org.expodesk.booth.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.FloorPlan;
import org.expodesk.booth.HallSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document {@code <expo-floor-plan>} draws: the hall's size and doors, each booth's rectangle in metres
 * with its code, status, kind and an optional label (the company on it), the legend with counts, and the few labels the plan shows, translated.
 * Keys are short because a hall of 600 booths sends 600 of them.
 */
final class FloorPlanJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FloorPlanJson() {
    }

    static String of(FloorPlan plan, Locale locale, Texts texts) {
        return of(plan, locale, texts, Map.of());
    }

    /** {@code labels}: a second line written on some booths, by booth id (the company holding it, "my booth"). */
    static String of(FloorPlan plan, Locale locale, Texts texts, Map<Long, String> labels) {
        HallSummary hall = plan.hall();
        Map<String, Object> hallJson = new LinkedHashMap<>();
        hallJson.put("id", hall.id());
        hallJson.put("code", hall.code());
        hallJson.put("name", hall.name(locale));
        hallJson.put("width", metres(hall.width()));
        hallJson.put("depth", metres(hall.depth()));
        List<Map<String, Object>> entrances = new ArrayList<>();
        for (Entrance e : hall.entrances()) {
            entrances.add(Map.of("label", e.label(), "wall", e.wall().name(), "offset", metres(e.offset())));
        }
        hallJson.put("entrances", entrances);

        Map<BoothStatus, Integer> counts = new EnumMap<>(BoothStatus.class);
        List<Map<String, Object>> booths = new ArrayList<>(plan.booths().size());
        for (BoothSummary b : plan.booths()) {
            Map<String, Object> booth = new LinkedHashMap<>();
            booth.put("id", b.id());
            booth.put("code", b.code());
            booth.put("x", metres(b.x()));
            booth.put("y", metres(b.y()));
            booth.put("w", metres(b.width()));
            booth.put("d", metres(b.depth()));
            booth.put("area", metres(b.area()));
            booth.put("status", b.status().name());
            booth.put("kind", b.kind().name());
            String label = labels.get(b.id());
            if (label != null && !label.isBlank()) {
                booth.put("label", label);
            }
            booths.add(booth);
            counts.merge(b.status(), 1, Integer::sum);
        }
        List<Map<String, Object>> legend = new ArrayList<>();
        for (BoothStatus status : BoothStatus.values()) {
            legend.add(Map.of("status", status.name(), "label", texts.get(status.messageKey()), "count", counts.getOrDefault(status, 0)));
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (BoothKind kind : BoothKind.values()) {
            kinds.put(kind.name(), texts.get(kind.messageKey()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hall", hallJson);
        json.put("booths", booths);
        json.put("legend", legend);
        json.put("kinds", kinds);
        json.put("texts", Map.of("zoomIn", texts.get("booth.plan.zoom-in"), "zoomOut", texts.get("booth.plan.zoom-out"),
                "fit", texts.get("booth.plan.fit"), "plan", texts.get("booth.plan.title"), "metres", texts.get("booth.unit.metres")));
        return JSON.writeValueAsString(json);
    }

    /** Plain numbers in JSON: 3 rather than 3.00, exact to the centimetre. */
    private static double metres(BigDecimal value) {
        return value.doubleValue();
    }
}
