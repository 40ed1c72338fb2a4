package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The exhibitor targets on the dashboard: what the office sees, the per-event goal, and who sees nothing. */
@SpringBootTest
@ActiveProfiles("test")
class ExhibitorDashboardTest {

    @Autowired ExhibitorDashboard dashboard;
    @Autowired ExhibitorTargets targets;
    @Autowired OfficeFixture fixture;
    @Autowired TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_office_sees_waiting_registrations_area_sold_local_enterprises_and_the_famous_brand_share_against_the_goal() {
        OfficeFixture.Expo expo = fixture.expo();
        fixture.withBooth(expo, fixture.company(expo, "云溪晨光五金有限公司", "Chenguang Hardware", true, true), 0);
        fixture.withBooth(expo, fixture.company(expo, "云溪竹韵工艺品厂", "Zhuyun Crafts", false, true), 1);
        fixture.approved(fixture.company(expo, "义乌某贸易公司", "Yiwu Trading", false, false));
        fixture.company(expo, "云溪茶叶合作社", "Yunxi Tea Cooperative", true, true);

        List<DashboardFigure> figures = dashboard.figures(expo.event().id());

        assertThat(value(figures, "exhibitors-waiting")).isEqualTo(1);
        assertThat(value(figures, "exhibitors-approved")).isEqualTo(3);
        assertThat(value(figures, "exhibitors-area-sold")).isEqualTo(18);
        assertThat(value(figures, "exhibitors-famous-share")).isEqualTo(33);
        assertThat(value(figures, "exhibitors-famous-goal")).isEqualTo(ExhibitorTargets.DEFAULT_FAMOUS_BRAND_GOAL);
        assertThat(value(figures, "exhibitors-local")).isEqualTo(2);
        assertThat(targets.figures(expo.event().id()).famousBrandGoalMet()).isTrue();

        targets.setFamousBrandGoal(expo.event().id(), 40);

        assertThat(value(dashboard.figures(expo.event().id()), "exhibitors-famous-goal")).isEqualTo(40);
        assertThat(targets.figures(expo.event().id()).famousBrandGoalMet()).isFalse();
        DashboardChart chart = dashboard.charts(expo.event().id()).getFirst();
        assertThat(chart.slices()).extracting(DashboardChart.Slice::value).containsExactly(33L, 40L, 66L);
    }

    @Test
    void a_goal_outside_0_to_100_percent_is_refused() {
        OfficeFixture.Expo expo = fixture.expo();

        assertThatThrownBy(() -> targets.setFamousBrandGoal(expo.event().id(), 101)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exhibitor.targets.error.percent"));
        assertThat(targets.famousBrandGoal(expo.event().id())).isEqualTo(30);
    }

    @Test
    void other_roles_see_nothing_and_the_office_of_another_event_can_neither_read_nor_set_the_goal() {
        OfficeFixture.Expo expo = fixture.expo();
        OfficeFixture.Expo other = fixture.expo();

        assertThatThrownBy(() -> targets.setFamousBrandGoal(expo.event().id(), 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.figures(expo.event().id())).isInstanceOf(AccessDeniedException.class);
        for (Role role : EnumSet.of(Role.EXHIBITOR, Role.RECEPTION, Role.SAFETY, Role.VOLUNTEER)) {
            TestData.signInAs(data.account(ExhibitorFixtures.unique(role.name().toLowerCase()), EnumSet.of(role), expo.event().id()));
            assertThat(dashboard.figures(expo.event().id())).as(role.name()).isEmpty();
            assertThat(dashboard.charts(expo.event().id())).as(role.name()).isEmpty();
            assertThatThrownBy(() -> targets.setFamousBrandGoal(expo.event().id(), 50)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        TestData.signInAs(expo.organiser());
        assertThat(targets.famousBrandGoal(expo.event().id())).isEqualTo(30);
        assertThat(other.event().id()).isNotEqualTo(expo.event().id());
    }

    private static long value(List<DashboardFigure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().value();
    }
}
