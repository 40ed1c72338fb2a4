package org.expodesk.shell.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.EnumSet;
import org.expodesk.event.EventSummary;
import org.expodesk.event.ui.EventsView;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;

class NotFoundViewTest extends ScreenTest {



    @Test
    void a_volunteer_opening_the_events_screen_gets_the_translated_not_available_page() {
        EventSummary expo = testData.event("志愿者活动", "Volunteer event", 10);
        TestData.signInAs(testData.account("volunteer-404", EnumSet.of(Role.VOLUNTEER), expo.id()));
        UI.getCurrent().setLocale(AppLocales.ZH_CN);

        UI.getCurrent().navigate(EventsView.class);

        assertThat(find(EventsView.class).exists()).isFalse();
        assertThat(find(H2.class).withText("页面不可用").exists()).isTrue();
    }

    @Test
    void an_unknown_address_gets_the_same_page_in_english() {
        TestData.signInAs(testData.account("organiser-404", EnumSet.of(Role.ORGANISER)));
        UI.getCurrent().setLocale(AppLocales.EN);

        UI.getCurrent().navigate("no-such-screen");

        assertThat(find(H2.class).withText("Page not available").exists()).isTrue();
    }
}
