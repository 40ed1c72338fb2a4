package org.expodesk.programme.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.expodesk.programme.SessionConflict;
import org.expodesk.programme.SessionSummary;

/**
 * The visible mark of a session with conflicts: amber when someone kept them knowingly (the tooltip says who and
 * why), red when nobody has looked at them yet (the other session of a kept pair, or a change made elsewhere).
 */
final class ConflictMark {

    private ConflictMark() {
    }

    static Icon of(SessionSummary s, List<SessionConflict> conflicts, BiFunction<String, Object[], String> texts, Locale locale) {
        Icon icon = VaadinIcon.WARNING.create();
        icon.addClassNames("conflict-mark", s.conflictsKept() ? "conflict-mark--kept" : "conflict-mark--open");
        String reasons = conflicts.stream().map(c -> texts.apply(c.messageKey(), c.arguments(locale))).collect(Collectors.joining("\n"));
        String head = s.conflictsKept() ? texts.apply("programme.conflicts.kept-by", new Object[] {s.conflictsKeptBy(),
                s.conflictsKeptAt() == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(s.timeZone()).format(s.conflictsKeptAt())})
                : texts.apply("programme.conflicts.open", new Object[0]);
        icon.setTooltipText(head + "\n" + reasons);
        icon.getElement().setAttribute("aria-label", head);
        return icon;
    }
}
