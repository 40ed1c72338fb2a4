package org.expodesk.booth.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The reasons a plan change is refused, listed in a dialog so the user can fix them all in one go. */
class ReasonList extends UnorderedList {

    ReasonList() {
        addClassName("reason-list");
        setVisible(false);
    }

    void show(List<String> reasons) {
        removeAll();
        reasons.forEach(r -> add(new ListItem(r)));
        setVisible(!reasons.isEmpty());
    }

    void clear() {
        show(List.of());
    }
}
