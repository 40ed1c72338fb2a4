package org.expodesk.shell.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends ScreenTest {



    @Test
    void counts_down_the_days_to_the_opening_of_the_current_event_in_both_languages() {
        EventSummary expo = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 38);
        TestData.signInAs(testData.account("organiser-dash", EnumSet.of(Role.ORGANISER), expo.id()));

        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(DashboardView.class);
        assertThat(find(Span.class).id("dashboard-countdown").getText()).isEqualTo("38 天");
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("第四届云溪小商品博览会").doesNotContain("!");

        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(DashboardView.class);
        assertThat(find(Span.class).id("dashboard-countdown").getText()).isEqualTo("38 days");
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("4th Yunxi Small Commodities Expo").doesNotContain("!");
    }

    @Test
    void a_user_without_any_event_is_told_so_instead_of_an_empty_screen() {
        TestData.signInAs(testData.account("volunteer-without-event", EnumSet.of(Role.VOLUNTEER)));
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(DashboardView.class);
        assertThat(find(Paragraph.class).id("dashboard-no-event").getText()).contains("No event is assigned to you");
    }
}
