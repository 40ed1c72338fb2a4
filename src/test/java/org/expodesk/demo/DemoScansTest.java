package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.checkin.HallCount;
import org.expodesk.checkin.OccupancyService;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo's gates, its scanning device and its first fair day of scans, seeded through the real services. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoScansTest {

    @Autowired
    EventService events;
    @Autowired
    GateService gates;
    @Autowired
    OccupancyService occupancy;
    @Autowired
    DemoScans demoScans;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    private EventSummary expo;

    @BeforeEach
    void signInAsAdmin() {
        TestData.signInAs(testData.account("demo-scans-admin", EnumSet.of(Role.ADMIN)));
        expo = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).stream()
                .filter(e -> e.nameEn().equals("4th Yunxi Small Commodities Expo")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void every_door_of_halls_4_and_5_has_a_gate_and_the_demo_device_waits_for_enrolment() {
        List<GateSummary> expoGates = gates.gatesOf(expo.id());
        assertThat(expoGates).extracting(GateSummary::code).containsExactlyInAnyOrder("4N", "4W", "4E", "4S", "5N", "5W", "5E", "5S");
        GateSummary north = expoGates.stream().filter(g -> g.code().equals("4N")).findFirst().orElseThrow();
        assertThat(north.nameZh()).isEqualTo("4号馆北门");
        assertThat(north.nameEn()).isEqualTo("Hall 4 north gate");
        GateSummary freight = expoGates.stream().filter(g -> g.code().equals("5S")).findFirst().orElseThrow();
        assertThat(gates.allowedTypes(freight.id())).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from scan_device where name = ? and status = 'PENDING' "
                + "and enrolment_code_hash is not null", Integer.class, DemoScans.DEMO_DEVICE)).isEqualTo(1);
    }

    @Test
    void the_first_fair_day_leaves_people_in_both_halls_and_a_log_with_refusals() {
        List<HallCount> counts = occupancy.occupancy(expo.id());

        assertThat(counts).hasSize(2).allSatisfy(hall -> assertThat(hall.inside()).isPositive());
        assertThat(jdbc.queryForList("select distinct result from scan where event_id = ?", String.class, expo.id()))
                .contains("ADMITTED", "EXITED", "ALREADY_ADMITTED", "NOT_ALLOWED_HERE");
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ? and not offline", Integer.class, expo.id()))
                .as("judged as of the fair day, logged with that time").isZero();
    }

    @Test
    void a_restart_adds_no_scan_and_prints_a_fresh_enrolment_code() {
        int scans = jdbc.queryForObject("select count(*) from scan", Integer.class);
        String codeHash = jdbc.queryForObject("select enrolment_code_hash from scan_device where name = ?", String.class,
                DemoScans.DEMO_DEVICE);

        demoScans.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from scan", Integer.class)).isEqualTo(scans);
        assertThat(jdbc.queryForObject("select enrolment_code_hash from scan_device where name = ?", String.class,
                DemoScans.DEMO_DEVICE)).isNotEqualTo(codeHash);
    }
}
