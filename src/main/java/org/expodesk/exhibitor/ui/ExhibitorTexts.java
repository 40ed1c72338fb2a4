package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.Translatable;

/** How the exhibitor screens write statuses, times and refusals in the screen's language. */
final class ExhibitorTexts {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private ExhibitorTexts() {
    }

    /** A registration status as a coloured pill. */
    static Span status(Component on, RegistrationStatus status) {
        Span badge = new Span(on.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassNames("registration-status", "registration-status--" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String time(Instant instant) {
        return MINUTES.format(instant);
    }

    /** A refused business rule, its arguments translated where they are message keys themselves. */
    static String reason(Component on, BusinessRuleException e) {
        Object[] args = java.util.Arrays.stream(e.arguments())
                .map(a -> a instanceof Translatable t ? on.getTranslation(t.key()) : a).toArray();
        return on.getTranslation(e.messageKey(), args);
    }
}
