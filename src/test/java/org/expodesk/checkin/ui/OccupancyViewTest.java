package org.expodesk.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import org.expodesk.checkin.CheckInService;
import org.expodesk.checkin.Direction;
import org.expodesk.checkin.HallCount;
import org.expodesk.checkin.ScanResult;
import org.expodesk.checkin.ui.HallOccupancyCard.Level;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OccupancyViewTest extends ScreenTest {

    @Autowired
    GateScreensFixture fixture;
    @Autowired
    CheckInService checkIn;

    @Test
    void a_scan_at_the_gate_changes_the_figure_on_an_open_screen_and_full_halls_raise_the_alarm_in_words() {
        GateScreensFixture.Fair fair = fixture.fair(2);
        String first = fixture.buyerBadge(fair, "李娜", "Li Na");
        String second = fixture.buyerBadge(fair, "王芳", "Wang Fang");
        TestData.signInAs(fair.organiser());
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(OccupancyView.class);
        assertThat(inside()).isEqualTo("0");
        assertThat(level()).isEqualTo("正常 · 0%");

        assertThat(checkIn.scan(fair.gate().id(), first, UUID.randomUUID(), Direction.IN).result()).isEqualTo(ScanResult.ADMITTED);
        awaitFigure("1");
        assertThat(level()).isEqualTo("正常 · 50%");

        checkIn.scan(fair.gate().id(), second, UUID.randomUUID(), Direction.IN);
        awaitFigure("2");
        assertThat(level()).isEqualTo("超出限额 · 100%");
        assertThat(card().getElement().getAttribute("data-level")).isEqualTo("ALARM");
        assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
    }

    @Test
    void the_screen_stops_listening_when_it_is_left() {
        GateScreensFixture.Fair fair = fixture.fair(100);
        String code = fixture.buyerBadge(fair, "刘洋", null);
        TestData.signInAs(fair.organiser());
        UI.getCurrent().setLocale(AppLocales.EN);
        OccupancyView view = navigate(OccupancyView.class);
        Span updated = find(Span.class).id("occupancy-updated");
        navigate(ScanView.class);
        assertThat(view.isAttached()).isFalse();

        checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN);
        // Give a (wrongly) still subscribed screen the time to be told, then look: nothing was queued for it.
        await().pollDelay(Duration.ofMillis(800)).until(() -> true);
        VaadinSession session = VaadinSession.getCurrent();
        assertThat(session.getPendingAccessQueue()).isEmpty();
        assertThat(updated.getText()).startsWith("Updated by itself");
    }

    @Test
    void the_levels_start_at_ninety_and_a_hundred_percent_of_the_capacity() {
        assertThat(Level.of(count(899, 1000))).isEqualTo(Level.NORMAL);
        assertThat(Level.of(count(900, 1000))).isEqualTo(Level.WARNING);
        assertThat(Level.of(count(999, 1000))).isEqualTo(Level.WARNING);
        assertThat(Level.of(count(1000, 1000))).isEqualTo(Level.ALARM);
        assertThat(Level.of(count(1200, 1000))).isEqualTo(Level.ALARM);
        assertThat(Level.of(new HallCount(1, "4", "4号馆", null, null, 10))).isEqualTo(Level.UNKNOWN);
    }

    private void awaitFigure(String expected) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            return inside().equals(expected);
        });
    }

    private static HallCount count(int inside, int capacity) {
        return new HallCount(1, "4", "4号馆", "Hall 4", capacity, inside);
    }

    private Div card() {
        return find(Div.class).withClassName("occupancy-hall").single();
    }

    private String inside() {
        return find(Span.class, card()).withClassName("occupancy-inside").single().getText();
    }

    private String level() {
        return find(Span.class, card()).withClassName("occupancy-level").single().getText();
    }
}
