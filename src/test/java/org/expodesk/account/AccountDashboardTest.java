package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AccountDashboardTest {

    @Autowired
    AccountDashboard dashboard;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_organiser_of_an_event_sees_how_many_people_work_on_it_and_the_accounts_by_role() {
        EventSummary expo = testData.event("仪表盘展会", "Dashboard Expo", 15);
        testData.account(unique("gate"), EnumSet.of(Role.VOLUNTEER), expo.id());
        testData.account(unique("inspector"), EnumSet.of(Role.SAFETY), expo.id());
        TestData.signInAs(testData.account(unique("office"), EnumSet.of(Role.ORGANISER), expo.id()));

        assertThat(dashboard.figures(expo.id())).extracting(DashboardFigure::value).containsExactly(3L);
        DashboardChart chart = dashboard.charts(expo.id()).getFirst();
        assertThat(chart.kind()).isEqualTo(DashboardChart.Kind.BAR);
        // Counted among the accounts working on this event only, whatever other events hold.
        assertThat(chart.slices()).extracting(DashboardChart.Slice::labelKey, DashboardChart.Slice::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("role.organiser", 1L),
                        org.assertj.core.groups.Tuple.tuple("role.exhibitor", 0L),
                        org.assertj.core.groups.Tuple.tuple("role.reception", 0L),
                        org.assertj.core.groups.Tuple.tuple("role.safety", 1L),
                        org.assertj.core.groups.Tuple.tuple("role.volunteer", 1L));
    }

    @Test
    void a_volunteer_gets_no_account_figures() {
        EventSummary expo = testData.event("志愿者展会", "Volunteer Expo", 15);
        TestData.signInAs(testData.account(unique("gate"), EnumSet.of(Role.VOLUNTEER), expo.id()));

        assertThat(dashboard.figures(expo.id())).isEmpty();
        assertThat(dashboard.charts(expo.id())).isEmpty();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
