package org.expodesk.shared.dashboard;

/** One count on the dashboard; the label is a message key, {@code order} sorts the cards across features. */
public record DashboardFigure(String id, String labelKey, long value, int order) {
}
