package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.ContingencyService;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
}
