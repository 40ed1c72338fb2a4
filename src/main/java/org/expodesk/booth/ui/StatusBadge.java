package org.expodesk.booth.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.expodesk.booth.BoothStatus;

/** A booth's status as a pill in the plan's colours, so the grid, the card and the legend agree. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(BoothStatus status, String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassNames("booth-status", "booth-status--" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
