package org.expodesk.shared.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A small chart on the dashboard: labelled values drawn as bars or as a ring, or stacked bars where each bar
 * (a slice) is split into coloured parts (the series), e.g. booths per hall split by status. Labels are
 * message keys; a slice's label may take arguments (a hall's code).
 */
public record DashboardChart(String id, String titleKey, Kind kind, List<Slice> slices, int order, List<Series> series) {

    public DashboardChart {
        slices = List.copyOf(slices);
        series = List.copyOf(series);
    }

    public DashboardChart(String id, String titleKey, Kind kind, List<Slice> slices, int order) {
        this(id, titleKey, kind, slices, order, List.of());
    }

    public enum Kind {
        BAR,
        RING,
        /** One bar per slice, stacked from the series; the slices' own values are their totals. */
        STACKED_BAR
    }

    public record Slice(String labelKey, long value, List<Object> labelArguments) {

        public Slice {
            labelArguments = List.copyOf(labelArguments);
        }

        public Slice(String labelKey, long value) {
            this(labelKey, value, List.of());
        }
    }

    /** One coloured part of every stacked bar: one value per slice, in the slices' order; {@code color} null takes the palette's. */
    public record Series(String labelKey, List<Long> values, @Nullable String color) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
