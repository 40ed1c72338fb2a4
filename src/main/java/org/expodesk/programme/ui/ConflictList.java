package org.expodesk.programme.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.programme.SessionConflict;

/** The conflicts of a session as sentences, each with the other session's time, in a warning box. */
class ConflictList extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M/d HH:mm");

    ConflictList() {
        addClassName("programme-conflicts");
        setVisible(false);
    }

    void show(List<SessionConflict> conflicts, ZoneId zone, String headingKey) {
        removeAll();
        setVisible(!conflicts.isEmpty());
        if (conflicts.isEmpty()) {
            return;
        }
        Span heading = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation(headingKey, conflicts.size())));
        heading.addClassName("programme-conflicts__heading");
        UnorderedList list = new UnorderedList();
        for (SessionConflict c : conflicts) {
            list.add(new ListItem(sentence(c, zone)));
        }
        add(heading, list);
    }

    String sentence(SessionConflict c, ZoneId zone) {
        String text = getTranslation(c.messageKey(), c.arguments(getLocale()));
        if (c.otherStart() != null && c.otherEnd() != null) {
            text += " (" + TIME.withZone(zone).format(c.otherStart()) + "–" + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(c.otherEnd()) + ")";
        }
        return text;
    }
}
