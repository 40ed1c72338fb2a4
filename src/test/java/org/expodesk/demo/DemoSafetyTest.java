package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.expodesk.event.EventService;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.safety.RectificationService;
import org.expodesk.safety.RectificationStatus;
import org.expodesk.safety.RectificationSummary;
import org.expodesk.safety.SafetyService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.ContingencyService;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo expo comes with its safety targets, each extinguisher with a responsible person, and the six plans. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoSafetyTest {

    @Autowired EventService events;
    @Autowired TargetService targets;
    @Autowired ContingencyService plans;
    @Autowired TestData testData;
    @Autowired ExhibitorService exhibitors;
    @Autowired SafetyService safety;
    @Autowired RectificationService rectifications;
    @Autowired DemoSafety demo;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_demo_expo_has_targets_with_responsible_persons_and_all_six_plans() {
        TestData.signInAs(testData.admin());
        EventSummary expo = events.selectable().stream().filter(e -> e.nameEn().startsWith("4th Yunxi")).findFirst().orElseThrow();
        assertThat(targets.count(expo.id(), TargetKind.BOOTH)).isGreaterThan(300);
        assertThat(targets.count(expo.id(), TargetKind.HALL)).isEqualTo(2);
        var all = targets.all(expo.id());
        assertThat(all.stream().filter(t -> t.kind() == TargetKind.EXTINGUISHER)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.responsible()).isNotNull());
        assertThat(plans.plans(expo.id())).hasSize(6);
    }

    @Test
    void every_booth_answers_through_its_company_contact_or_the_steward_and_extinguishers_go_to_the_nearest_booth() {
        TestData.signInAs(testData.admin());
        EventSummary expo = demoExpo();
        List<TargetSummary> all = targets.all(expo.id());
        List<TargetSummary> booths = all.stream().filter(t -> t.kind() == TargetKind.BOOTH).toList();
        assertThat(booths).allSatisfy(t -> assertThat(t.responsible()).isNotNull());
        Set<String> contacts = new HashSet<>();
        exhibitors.list(expo.id(), ExhibitorFilter.all(), PageRequest.of(0, 1000)).forEach(e -> contacts.add(e.contactName()));
        // Assigned booths answer through their company's contact, the rest through the hall's steward.
        assertThat(booths).anyMatch(t -> contacts.contains(t.responsible().name()));
        assertThat(booths).anyMatch(t -> t.responsible().name().contains("安全员"));
        assertThat(booths).allMatch(t -> contacts.contains(t.responsible().name()) || t.responsible().name().contains("安全员"));
        assertThat(all.stream().filter(t -> t.kind() == TargetKind.EXTINGUISHER))
                .anyMatch(t -> contacts.contains(t.responsible().name()));
    }

    @Test
    void the_last_seven_days_have_rounds_with_failures_closed_open_and_one_overdue() {
        TestData.signInAs(testData.admin());
        EventSummary expo = demoExpo();
        LocalDate today = LocalDate.now(expo.timeZone());
        for (int daysAgo = 1; daysAgo <= 7; daysAgo++) {
            assertThat(safety.dayFigures(expo.id(), today.minusDays(daysAgo)).inspectionsDone()).isGreaterThan(10);
        }
        assertThat(safety.dayFigures(expo.id(), today.minusDays(8)).inspectionsDone()).isZero();
        assertThat(safety.dayFigures(expo.id(), today).inspectionsDone()).isZero();
        List<RectificationSummary> found = rectifications.list(expo.id(), false, PageRequest.of(0, 100)).getContent();
        assertThat(found).hasSize(5);
        assertThat(found).filteredOn(r -> r.status() == RectificationStatus.CLOSED).hasSize(2)
                .anyMatch(r -> r.rechecks().size() == 2 && !r.rechecks().getFirst().passed());
        assertThat(found).filteredOn(r -> r.status() == RectificationStatus.OPEN).hasSize(3);
        assertThat(found).filteredOn(RectificationSummary::overdue).hasSize(1);
    }

    @Test
    void running_the_demo_again_adds_no_rounds() {
        TestData.signInAs(testData.admin());
        EventSummary expo = demoExpo();
        LocalDate yesterday = LocalDate.now(expo.timeZone()).minusDays(1);
        int before = safety.dayFigures(expo.id(), yesterday).inspectionsDone();
        long targetsBefore = targets.count(expo.id(), null);

        demo.run(new DefaultApplicationArguments());

        TestData.signInAs(testData.admin());
        assertThat(safety.dayFigures(expo.id(), yesterday).inspectionsDone()).isEqualTo(before);
        assertThat(targets.count(expo.id(), null)).isEqualTo(targetsBefore);
        assertThat(rectifications.count(expo.id(), false)).isEqualTo(5);
    }

    private EventSummary demoExpo() {
        return events.selectable().stream().filter(e -> e.nameEn().startsWith("4th Yunxi")).findFirst().orElseThrow();
    }
}
