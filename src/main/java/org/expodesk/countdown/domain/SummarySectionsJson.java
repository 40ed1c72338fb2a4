package org.expodesk.countdown.domain;

import java.util.List;
import org.expodesk.shared.daily.DailySummarySection;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A summary's sections as stored: JSON, so a feature added later needs no new column and old summaries still read. */
public final class SummarySectionsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<DailySummarySection>> SECTIONS = new TypeReference<>() {
    };

    private SummarySectionsJson() {
    }

    public static String write(List<DailySummarySection> sections) {
        return JSON.writeValueAsString(sections);
    }

    public static List<DailySummarySection> read(String json) {
        return JSON.readValue(json, SECTIONS);
    }
}
