package org.expodesk.shared.dashboard;

import java.util.List;

/** A small chart on the dashboard: labelled values drawn as bars or as a ring. Labels are message keys. */
public record DashboardChart(String id, String titleKey, Kind kind, List<Slice> slices, int order) {

    public enum Kind {
        BAR,
        RING
    }

    public record Slice(String labelKey, long value) {
    }
}
