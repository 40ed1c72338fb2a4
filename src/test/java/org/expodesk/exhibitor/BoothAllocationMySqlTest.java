package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.Wall;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.exhibitor.domain.Exhibitor;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.support.MySqlDatabase;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly one company per booth, with real threads against MariaDB/MySQL and two application "instances":
 * instance A is the application's own {@link AllocationService} (its Spring context, its Hikari pool, JPA's
 * transaction manager); instance B is an {@link AllocationService} built by hand on a second Hikari pool of
 * its own with a plain DataSourceTransactionManager, as a second server would be, sharing nothing with A but
 * the database. Requests alternate between the instances. The control runs the same race through a naive
 * read-then-write path (read the booth, see it free, then write it) and shows the checks then fail.
 */
@OnMySql
class BoothAllocationMySqlTest {

    private static HikariDataSource secondInstancePool;

    @Autowired AllocationService instanceA;
    @Autowired ExhibitorRepository exhibitors;
    @Autowired EventRepository events;
    @Autowired HallService halls;
    @Autowired BoothService booths;
    @Autowired EventAccessPolicy access;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired TestData data;

    private AllocationService instanceB;
    private EventSummary event;
    private AppUser organiser;

    @BeforeEach
    void anEventWithAHallAndASecondInstance() {
        if (secondInstancePool == null) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(MySqlDatabase.current().jdbcUrl());
            pool.setUsername(System.getenv().getOrDefault("EXPODESK_TEST_MYSQL_USER", "root"));
            pool.setPassword(System.getenv().getOrDefault("EXPODESK_TEST_MYSQL_PASSWORD", ""));
            pool.setMaximumPoolSize(10);
            pool.setPoolName("instance-B");
            secondInstancePool = pool;
        }
        instanceB = new AllocationService(new BoothAllocator(new NamedParameterJdbcTemplate(secondInstancePool)),
                new DataSourceTransactionManager(secondInstancePool), exhibitors, access, clock, Duration.ofMinutes(30), 2);
        event = ExhibitorFixtures.openEvent(events, transactions);
        organiser = ExhibitorFixtures.organiserOf(data, event);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @AfterAll
    static void closeTheSecondInstance() {
        if (secondInstancePool != null) {
            secondInstancePool.close();
            secondInstancePool = null;
        }
    }

    @Test
    void a_hundred_companies_asking_for_one_booth_at_once_give_exactly_one_assignment() throws Exception {
        List<BoothSummary> booth = booths(1);
        List<Long> companies = approvedCompanies(100);

        AllocationRace.Result result = AllocationRace.run(requests(booth, companies), paths(instanceA, instanceB), 32, organiser);

        assertOneCompanyPerBooth(result, 1, 99);
    }

    @Test
    void two_hundred_requests_at_fifty_booths_give_fifty_assignments_and_a_hundred_and_fifty_clean_refusals() throws Exception {
        List<BoothSummary> fifty = booths(50);
        List<Long> companies = approvedCompanies(200);

        AllocationRace.Result result = AllocationRace.run(requests(fifty, companies), paths(instanceA, instanceB), 32, organiser);

        assertOneCompanyPerBooth(result, 50, 150);
    }

    @Test
    void control_without_the_protection_the_same_race_hands_one_booth_to_several_companies() throws Exception {
        List<BoothSummary> booth = booths(1);
        List<Long> companies = approvedCompanies(100);
        NaiveAllocation naive = new NaiveAllocation(new JdbcTemplate(secondInstancePool), new TransactionTemplate(
                new DataSourceTransactionManager(secondInstancePool)));

        AllocationRace.Result result = AllocationRace.run(requests(booth, companies), List.of(naive::request), 32, organiser);

        assertThat(result.allocatedCount()).as("companies told the booth is theirs").isGreaterThan(1);
        assertThatThrownBy(() -> assertOneCompanyPerBooth(result, 1, 99)).isInstanceOf(AssertionError.class);
    }

    @Test
    void control_without_the_protection_fifty_booths_are_promised_to_more_than_fifty_companies() throws Exception {
        List<BoothSummary> fifty = booths(50);
        List<Long> companies = approvedCompanies(200);
        NaiveAllocation naive = new NaiveAllocation(new JdbcTemplate(secondInstancePool), new TransactionTemplate(
                new DataSourceTransactionManager(secondInstancePool)));

        AllocationRace.Result result = AllocationRace.run(requests(fifty, companies), List.of(naive::request), 32, organiser);

        assertThat(result.allocatedCount()).isGreaterThan(50);
        assertThatThrownBy(() -> assertOneCompanyPerBooth(result, 50, 150)).isInstanceOf(AssertionError.class);
    }

    /** What users were told agrees with the database, and the database has one company per booth. */
    private void assertOneCompanyPerBooth(AllocationRace.Result result, int booths, int refused) {
        assertThat(result.errors()).as("errors that would reach a user").isEmpty();
        assertThat(result.allocatedCount()).as("assignments answered").isEqualTo(booths);
        assertThat(result.taken()).as("clean 'already taken' answers").isEqualTo(refused);
        Set<Long> wonBooths = result.allocated().stream().map(AllocationOutcome::boothId).collect(Collectors.toSet());
        assertThat(wonBooths).as("booths answered as assigned, each once").hasSize(booths);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT b.id, b.holder_id, b.status, a.exhibitor_id FROM booth b LEFT JOIN booth_allocation a ON a.booth_id = b.id
                WHERE b.event_id = ?""", event.id());
        assertThat(rows).hasSize(booths).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("ASSIGNED");
            assertThat(row.get("holder_id")).isNotNull().isEqualTo(row.get("exhibitor_id"));
        });
    }

    private List<BoothSummary> booths(int count) {
        TestData.signInAs(organiser);
        HallDraft hall = new HallDraft();
        hall.setCode("4");
        hall.setNameZh("4号馆");
        hall.setNameEn("Hall 4");
        hall.setWidth(new BigDecimal("200"));
        hall.setDepth(new BigDecimal("60"));
        hall.setEntrances(List.of(new Entrance("北门", Wall.NORTH, BigDecimal.TEN)));
        HallSummary saved = halls.create(event.id(), hall);
        BoothBlock block = BoothBlock.standardShells(1, count, BigDecimal.TEN, BigDecimal.TEN, "A-{n:03}");
        block.setPrice(new BigDecimal("6800"));
        List<BoothSummary> generated = booths.generate(saved.id(), block);
        TestData.signOut();
        return generated;
    }

    /** Approved companies saved straight through the repository: the race is about booths, not about reviews. */
    private List<Long> approvedCompanies(int count) {
        return transactions.execute(tx -> {
            List<Exhibitor> companies = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                Exhibitor e = new Exhibitor(event.id(), null, ExhibitorFixtures.registration("云溪竞争测试企业" + i), now);
                e.moveTo(RegistrationStatus.APPROVED, null, now);
                companies.add(e);
            }
            return exhibitors.saveAllAndFlush(companies).stream().map(Exhibitor::requireId).toList();
        });
    }

    private static List<AllocationRace.Request> requests(List<BoothSummary> booths, List<Long> companies) {
        List<AllocationRace.Request> requests = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            requests.add(new AllocationRace.Request(booths.get(i % booths.size()).id(), companies.get(i)));
        }
        return requests;
    }

    private static List<AllocationRace.Path> paths(AllocationService a, AllocationService b) {
        return List.of(r -> a.assign(r.boothId(), r.exhibitorId()), r -> b.assign(r.boothId(), r.exhibitorId()));
    }
}
