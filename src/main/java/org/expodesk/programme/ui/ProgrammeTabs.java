package org.expodesk.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The three ways to look at the programme, one click apart: the list, the day timeline, one person's sessions. */
class ProgrammeTabs extends Nav {

    ProgrammeTabs(Class<? extends Component> current) {
        addClassName("programme-tabs");
        add(link("programme.tab.list", SessionsView.class, current));
        add(link("programme.tab.timeline", TimelineView.class, current));
        add(link("programme.tab.person", PersonScheduleView.class, current));
    }

    private RouterLink link(String key, Class<? extends Component> target, Class<? extends Component> current) {
        RouterLink link = new RouterLink(getTranslation(key), target);
        link.setId("programme-tab-" + key.substring(key.lastIndexOf('.') + 1));
        if (target == current) {
            link.addClassName("selected");
        }
        return link;
    }
}
