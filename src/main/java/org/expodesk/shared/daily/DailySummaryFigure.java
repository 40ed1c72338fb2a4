package org.expodesk.shared.daily;

/** A count of the day (tasks done, inspections failed …); the label is a message key. */
public record DailySummaryFigure(String labelKey, long value) {
}
