package org.expodesk.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What the units add to the dashboard, and to whom. Counts are compared before and after: the database is shared. */
@SpringBootTest
@ActiveProfiles("test")
class UnitDashboardTest {

    private static final long ANY_EVENT = 1;

    @Autowired
    UnitDashboard dashboard;
    @Autowired
    UnitService units;
    @Autowired
    TestData testData;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void organiser_sees_the_units_by_kind_and_those_still_without_a_liaison() {
        TestData.signInAs(testData.account("dashboard-organiser", EnumSet.of(Role.ORGANISER)));
        long before = figure("units");
        long withoutLiaisonBefore = figure("units-without-liaison");
        long townshipsBefore = slice(UnitKind.TOWNSHIP);

        UnitSummary city = units.create(unit(null, "青山市", UnitKind.CITY, "周晓燕"));
        UnitSummary county = units.create(unit(city.id(), "云溪县", UnitKind.COUNTY, "李敏"));
        units.create(unit(county.id(), "溪口镇", UnitKind.TOWNSHIP, null));

        assertThat(figure("units")).isEqualTo(before + 3);
        assertThat(figure("units-without-liaison")).isEqualTo(withoutLiaisonBefore + 1);
        DashboardChart chart = dashboard.charts(ANY_EVENT).getFirst();
        assertThat(chart.kind()).isEqualTo(DashboardChart.Kind.RING);
        assertThat(chart.titleKey()).isEqualTo("unit.dashboard.by-kind");
        assertThat(slice(UnitKind.TOWNSHIP)).isEqualTo(townshipsBefore + 1);
        assertThat(chart.slices()).allSatisfy(s -> assertThat(s.value()).isPositive());
    }

    @Test
    void administrator_sees_the_same_figures() {
        TestData.signInAs(testData.admin());

        assertThat(dashboard.figures(ANY_EVENT)).extracting(DashboardFigure::id)
                .containsExactly("units", "units-without-liaison");
    }

    @Test
    void volunteer_and_exhibitor_see_nothing_of_the_units() {
        for (Role role : EnumSet.of(Role.VOLUNTEER, Role.EXHIBITOR)) {
            TestData.signInAs(testData.account("dashboard-" + role.name().toLowerCase(), EnumSet.of(role)));

            assertThat(dashboard.figures(ANY_EVENT)).as(role.name()).isEmpty();
            assertThat(dashboard.charts(ANY_EVENT)).as(role.name()).isEmpty();
        }
    }

    private long figure(String id) {
        return dashboard.figures(ANY_EVENT).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().value();
    }

    private long slice(UnitKind kind) {
        return dashboard.charts(ANY_EVENT).stream().flatMap(c -> c.slices().stream())
                .filter(s -> s.labelKey().equals(kind.messageKey())).mapToLong(DashboardChart.Slice::value).sum();
    }

    private UnitDraft unit(Long parentId, String nameZh, UnitKind kind, String liaison) {
        UnitDraft draft = new UnitDraft();
        draft.setParentId(parentId);
        draft.setNameZh(nameZh + "-" + tag);
        draft.setKind(kind);
        draft.setLiaisonName(liaison);
        return draft;
    }
}
