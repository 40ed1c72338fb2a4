package org.expodesk.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;
import java.util.Locale;
import org.expodesk.checkin.HallCount;

/** One hall on the occupancy screen: people inside, capacity, share, and its level said in words. */
final class HallOccupancyCard extends Div {

    /** Normal below 90 %, warning from 90 %, alarm from 100 % of the capacity. */
    enum Level {
        NORMAL("#2e7d32", "#e8f5e9"),
        WARNING("#a15c00", "#fff3e0"),
        ALARM("#b71c1c", "#ffebee"),
        /** No capacity set: a count, nothing to compare it with. */
        UNKNOWN("#455a64", "#eceff1");

        final String ink;
        final String paper;

        Level(String ink, String paper) {
            this.ink = ink;
            this.paper = paper;
        }

        static Level of(HallCount count) {
            Integer capacity = count.capacity();
            if (capacity == null || capacity <= 0) {
                return UNKNOWN;
            }
            // Whole numbers: 4,500 of 5,000 is exactly 90 % and a warning, with no rounding in between.
            long inside100 = 100L * count.inside();
            return inside100 >= 100L * capacity ? ALARM : inside100 >= 90L * capacity ? WARNING : NORMAL;
        }
    }

    HallOccupancyCard(HallCount count, Locale locale) {
        Level level = Level.of(count);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        addClassName("occupancy-hall");
        getElement().setAttribute("data-hall", count.hallCode());
        getElement().setAttribute("data-level", level.name());
        getStyle().set("border", "2px solid " + level.ink).set("background", level.paper)
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");

        Span name = new Span(count.name(locale));
        name.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
        Span inside = new Span(numbers.format(count.inside()));
        inside.addClassName("occupancy-inside");
        inside.getStyle().set("font-size", "2.6rem").set("font-weight", "800").set("line-height", "1.1").set("color", level.ink);
        Span of = new Span(count.capacity() == null ? getTranslation("occupancy.no-capacity")
                : getTranslation("occupancy.capacity", numbers.format(count.capacity())));
        of.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span state = new Span(levelText(level, count));
        state.addClassName("occupancy-level");
        state.getStyle().set("align-self", "flex-start").set("padding", "0.15rem 0.7rem").set("border-radius", "999px")
                .set("font-weight", "700").set("color", "#fff").set("background", level.ink);
        add(name, inside, of);
        if (level != Level.UNKNOWN) {
            ProgressBar bar = new ProgressBar(0, 1, Math.min(1.0, (double) count.inside() / count.capacity()));
            bar.getStyle().set("--vaadin-progress-value-background", level.ink).set("--lumo-primary-color", level.ink);
            add(bar);
        }
        add(state);
    }

    private String levelText(Level level, HallCount count) {
        if (level == Level.UNKNOWN) {
            return getTranslation("occupancy.level.unknown");
        }
        // Rounded down, so that a hall shown as 90 % is always at least at the warning level.
        long percent = 100L * count.inside() / count.capacity();
        return getTranslation("occupancy.level." + level.name().toLowerCase(Locale.ROOT), percent);
    }
}
