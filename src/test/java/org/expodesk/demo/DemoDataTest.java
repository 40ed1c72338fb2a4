package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.account.DemoPasswords;
import org.expodesk.badge.BadgeFilter;
import org.expodesk.badge.BadgeService;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** What a newcomer sees after `./mvnw spring-boot:run`: the bilingual demo, seeded through the real services. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    EventService events;
    @Autowired
    UnitService units;
    @Autowired
    BadgeService badges;
    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void every_demo_account_signs_in_with_the_password_printed_in_the_readme() {
        for (Role role : Role.values()) {
            var result = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    DemoPasswords.username(role), DemoPasswords.BY_ROLE.get(role)));
            assertThat(((AppUser) result.getPrincipal()).roles()).as(role.name()).containsExactly(role);
        }
    }

    @Test
    void the_demo_has_a_county_expo_and_a_delegation_to_an_investment_fair_in_both_languages() {
        TestData.signInAs(testData.account("demo-check-admin", EnumSet.of(Role.ADMIN)));
        List<EventSummary> all = events.list(new EventFilter(null, true), PageRequest.of(0, 10)).getContent();
        assertThat(all).extracting(EventSummary::kind).contains(EventKind.EXPO, EventKind.INVESTMENT_FAIR);
        EventSummary expo = all.stream().filter(e -> e.kind() == EventKind.EXPO).findFirst().orElseThrow();
        assertThat(expo.nameZh()).isEqualTo("第四届云溪小商品博览会");
        assertThat(expo.nameEn()).isEqualTo("4th Yunxi Small Commodities Expo");
        assertThat(expo.edition()).isEqualTo(4);
        assertThat(expo.venueNameZh()).contains("26,000");
    }

    @Test
    void the_unit_tree_names_a_leader_and_a_liaison_for_every_unit() {
        TestData.signInAs(testData.account("demo-check-admin", EnumSet.of(Role.ADMIN)));
        List<UnitSummary> tree = units.tree();
        assertThat(tree).extracting(UnitSummary::kind).contains(UnitKind.CITY, UnitKind.COUNTY, UnitKind.DISTRICT,
                UnitKind.DEVELOPMENT_ZONE, UnitKind.TOWNSHIP, UnitKind.DEPARTMENT);
        assertThat(tree).allSatisfy(u -> {
            assertThat(u.leader()).as(u.nameZh()).isNotNull();
            assertThat(u.liaison()).as(u.nameZh()).isNotNull();
        });
    }

    @Test
    void the_expo_has_badges_for_its_guests_leaders_and_liaisons() {
        TestData.signInAs(testData.account("demo-check-admin", EnumSet.of(Role.ADMIN)));
        EventSummary expo = events.list(new EventFilter(null, true), PageRequest.of(0, 10)).getContent().stream()
                .filter(e -> e.kind() == EventKind.EXPO).findFirst().orElseThrow();
        assertThat(badges.count(expo.id(), BadgeFilter.all())).isGreaterThanOrEqualTo(20);
    }
}
