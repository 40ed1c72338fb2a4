package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.MealService;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.StaySummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo reception: hotels, lodged guests, trips with and without cars, the banquet, and a second run adds nothing. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoReceptionTest {

    @Autowired
    EventService events;
    @Autowired
    LodgingService lodging;
    @Autowired
    PickupService pickups;
    @Autowired
    MealService meals;
    @Autowired
    DemoReception demo;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_expo_has_four_hotels_lodged_guests_trips_and_a_welcome_banquet_and_a_restart_adds_nothing() {
        TestData.signInAs(testData.account("demo-reception-admin", EnumSet.of(Role.ADMIN)));
        EventSummary expo = events.list(new EventFilter(null, true), PageRequest.of(0, 10)).getContent().stream()
                .filter(e -> e.nameZh().equals("第四届云溪小商品博览会")).findFirst().orElseThrow();

        assertThat(lodging.hotels(expo.id())).hasSize(4);
        assertThat(lodging.stays(expo.id())).hasSizeGreaterThan(50);
        assertThat(lodging.capacityBreaches(expo.id())).isZero();
        assertThat(lodging.stays(expo.id())).as("guests staying on for a site visit, flagged on the rooms screen")
                .anyMatch(StaySummary::lateDeparture);
        assertThat(pickups.board(expo.id(), expo.startDate()).trips()).isNotEmpty();
        assertThat(pickups.board(expo.id(), expo.startDate().minusDays(1)).trips()).isNotEmpty();
        assertThat(pickups.tripsWithoutVehicle(expo.id())).isPositive();
        assertThat(meals.meals(expo.id())).singleElement().satisfies(m -> assertThat(meals.kitchenCount(m.id()).persons()).isGreaterThan(50));
        assertThat(meals.meals(expo.id())).singleElement().satisfies(m -> assertThat(meals.kitchenCount(m.id()).byDietary())
                .as("guests' dietary needs survive their RSVP").containsKey("清真"));

        int stays = lodging.stays(expo.id()).size();
        demo.run(new DefaultApplicationArguments());
        TestData.signInAs(testData.account("demo-reception-admin", EnumSet.of(Role.ADMIN)));
        assertThat(lodging.stays(expo.id())).hasSize(stays);
        assertThat(lodging.hotels(expo.id())).hasSize(4);
    }
}
