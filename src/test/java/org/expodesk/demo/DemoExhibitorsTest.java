package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.ExhibitorTargets;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.exhibitor.TargetFigures;
import org.expodesk.shared.validation.CreditCodeValidator;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo expo's 250 exhibitors: every registration state, booths in both halls, the township pavilion, the goals. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoExhibitorsTest {

    @Autowired EventService events;
    @Autowired ExhibitorService exhibitors;
    @Autowired ExhibitorTargets targets;
    @Autowired HallService halls;
    @Autowired BoothService booths;
    @Autowired DemoExhibitors demo;
    @Autowired TestData data;

    private EventSummary expo;

    @BeforeEach
    void theDemoExpo() {
        TestData.signInAs(data.admin());
        expo = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).stream()
                .filter(e -> e.nameEn().equals("4th Yunxi Small Commodities Expo")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_expo_has_250_exhibitors_in_every_registration_state_with_valid_credit_codes() {
        List<ExhibitorSummary> all = mine();

        assertThat(all).hasSize(DemoExhibitors.COMPANIES);
        Map<RegistrationStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(ExhibitorSummary::status, Collectors.counting()));
        assertThat(byStatus.get(RegistrationStatus.APPROVED)).isGreaterThan(180);
        assertThat(byStatus).containsKeys(RegistrationStatus.SUBMITTED, RegistrationStatus.WAITLISTED, RegistrationStatus.REJECTED);
        assertThat(all).filteredOn(e -> e.status() == RegistrationStatus.REJECTED).allSatisfy(e -> assertThat(e.statusReason()).isNotBlank());
        assertThat(all).allSatisfy(e -> assertThat(CreditCodeValidator.isValid(e.creditCode())).isTrue());
        assertThat(all).extracting(ExhibitorSummary::nameZh).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(e -> assertThat(e.nameEn()).isNotBlank());
    }

    @Test
    void approved_companies_have_booths_in_both_halls_the_pavilion_goes_to_its_township_and_some_booths_are_held() {
        Map<Long, ExhibitorSummary> byId = exhibitors.list(expo.id(), ExhibitorFilter.all(), PageRequest.of(0, 500)).stream()
                .collect(Collectors.toMap(ExhibitorSummary::id, Function.identity()));
        var hallList = halls.halls(expo.id());
        assertThat(hallList).hasSize(2);
        for (var hall : hallList) {
            List<BoothSummary> plan = booths.plan(hall.id()).booths();
            assertThat(plan).filteredOn(b -> b.status() == BoothStatus.ASSIGNED).as(hall.code()).hasSizeGreaterThan(60);
        }
        List<BoothSummary> all = hallList.stream().flatMap(h -> booths.plan(h.id()).booths().stream()).toList();
        assertThat(all).filteredOn(b -> b.status() == BoothStatus.HELD).hasSizeGreaterThanOrEqualTo(DemoExhibitors.SELF_REGISTERED);
        List<BoothSummary> pavilion = all.stream().filter(b -> b.code().startsWith("S-") && b.status() == BoothStatus.ASSIGNED).toList();
        assertThat(pavilion).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pavilion).allSatisfy(b -> assertThat(byId.get(b.holderId()).nameZh()).startsWith(DemoCompanies.PAVILION_PLACE));
        assertThat(all).filteredOn(b -> b.holderId() != null)
                .allSatisfy(b -> assertThat(byId.get(b.holderId()).status()).isEqualTo(RegistrationStatus.APPROVED));
    }

    @Test
    void about_a_third_are_famous_brands_and_many_are_local_so_the_dashboard_shows_the_goal_met() {
        TargetFigures figures = targets.figures(expo.id());

        assertThat(figures.famousBrandSharePercent().doubleValue()).isBetween(25.0, 40.0);
        assertThat(figures.localEnterprises()).isGreaterThan(figures.approved() / 2);
        assertThat(figures.waitingForReview()).isGreaterThan(10);
        assertThat(figures.areaSold().intValue()).isGreaterThan(1_500);
    }

    @Test
    void running_the_seed_again_adds_nothing() {
        demo.run(new DefaultApplicationArguments());
        TestData.signInAs(data.admin());

        assertThat(mine()).hasSize(DemoExhibitors.COMPANIES);
    }

    /** The companies this seed made (another demo class adds the `exhibitor` sign-in's own company). */
    private List<ExhibitorSummary> mine() {
        java.util.Set<String> codes = java.util.stream.IntStream.range(0, DemoExhibitors.COMPANIES).mapToObj(DemoCompanies::creditCode)
                .collect(Collectors.toSet());
        return exhibitors.list(expo.id(), ExhibitorFilter.all(), PageRequest.of(0, 1000)).stream()
                .filter(e -> codes.contains(e.creditCode())).toList();
    }
}
