package org.expodesk.countdown.ui;

import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.Translatable;

/** Small text helpers of the countdown screens. */
final class CountdownTexts {

    /** A view's {@code getTranslation}. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... arguments);
    }

    private CountdownTexts() {
    }

    /** A refused rule in the screen's language, with message-key arguments translated too. */
    static String reason(BusinessRuleException e, Translator t) {
        Object[] args = java.util.Arrays.stream(e.arguments()).map(a -> a instanceof Translatable tr ? t.get(tr.key()) : a).toArray();
        return t.get(e.messageKey(), args);
    }

    /** The header's countdown: "D-12 · 12 days to opening". */
    static String countdown(long daysToOpening, Translator t) {
        String label = org.expodesk.countdown.WallChart.dayLabel(-daysToOpening);
        String words = daysToOpening > 0 ? t.get("countdown.chart.countdown", daysToOpening)
                : daysToOpening == 0 ? t.get("countdown.chart.opening-day") : t.get("countdown.chart.after-opening", -daysToOpening);
        return label + " · " + words;
    }
}
