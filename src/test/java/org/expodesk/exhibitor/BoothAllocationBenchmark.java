package org.expodesk.exhibitor;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: booth-assignment throughput under contention against MariaDB/MySQL, with the plain
 * single-row update measured in the same run as the baseline. Run on purpose and record the figures in
 * docs/benchmarks.md:
 *
 * <pre>
 * ./mvnw -q -B -Pbench test-compile exec:exec -Dbench.main=org.expodesk.exhibitor.BoothAllocationBenchmark -Dbench.args="16 7"
 * </pre>
 *
 * Arguments: threads (and connections), rounds. It creates a database of its own on the server of the MySQL
 * tests ({@code EXPODESK_TEST_MYSQL_URL}, default 127.0.0.1:3306 as root), migrates it with the real Flyway
 * migrations, and drops it at the end. Each round sends 400 requests from 400 approved companies, released
 * together: (a) at 50 booths, 8 companies per booth, through {@link BoothAllocator} and
 * {@link AllocationAttempts} exactly as {@code AllocationService.assign} runs them; (b) at 400 booths, one
 * company each, the same path without contention; (c) the baseline: the same 400 requests at 50 booths as a
 * plain {@code UPDATE booth SET holder_id = ?, status = 'ASSIGNED' WHERE id = ?} in its own transaction, which
 * checks nothing. Scenarios take turns within each round, so a change of load hits all of them alike.
 */
public final class BoothAllocationBenchmark {

    private static final int COMPANIES = 400;
    private static final int CONTENDED_BOOTHS = 50;

    private BoothAllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String server = System.getenv().getOrDefault("EXPODESK_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
        String user = System.getenv().getOrDefault("EXPODESK_TEST_MYSQL_USER", "root");
        String password = System.getenv().getOrDefault("EXPODESK_TEST_MYSQL_PASSWORD", "");
        String name = "expodesk_bench_" + System.currentTimeMillis();
        String base = server.endsWith("/") ? server : server + "/";
        String options = "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
        try (Connection c = DriverManager.getConnection(base + options, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            System.out.println("Server: " + c.getMetaData().getDatabaseProductVersion() + "; database " + name
                    + "; threads " + threads + "; rounds " + rounds);
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(base + name + options);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(threads);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            run(pool, threads, rounds);
        } finally {
            pool.close();
            try (Connection c = DriverManager.getConnection(base + options, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        }
    }

    private static void run(HikariDataSource pool, int threads, int rounds) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        Fixture fixture = Fixture.create(jdbc);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(pool);
        BoothAllocator allocator = new BoothAllocator(new NamedParameterJdbcTemplate(pool));
        AllocationAttempts attempts = new AllocationAttempts(transactions);
        TransactionTemplate plain = new TransactionTemplate(transactions);
        plain.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<String> names = List.of("guarded, 8 companies per booth", "guarded, no contention", "plain update (baseline), 8 per booth");
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try {
            for (int round = 0; round <= rounds; round++) {
                for (int scenario = 0; scenario < 3; scenario++) {
                    fixture.reset(jdbc);
                    int boothCount = scenario == 1 ? COMPANIES : CONTENDED_BOOTHS;
                    List<int[]> requests = new ArrayList<>();
                    for (int i = 0; i < COMPANIES; i++) {
                        requests.add(new int[] {i % boothCount, i});
                    }
                    Collections.shuffle(requests);
                    AtomicInteger won = new AtomicInteger();
                    final int s = scenario;
                    double perSecond = race(executor, requests, request -> {
                        long booth = fixture.booths.get(request[0]);
                        long company = fixture.companies.get(request[1]);
                        if (s == 2) {
                            plain.executeWithoutResult(tx -> jdbc.update(
                                    "UPDATE booth SET status = 'ASSIGNED', holder_id = ? WHERE id = ?", company, booth));
                            won.incrementAndGet();
                            return;
                        }
                        BoothAllocator.BoothKey key = new BoothAllocator.BoothKey(booth, fixture.eventId, "B" + request[0]);
                        AllocationOutcome outcome = attempts.take(booth, key.code(), () -> allocator.take(key, company,
                                AllocationState.ASSIGNED, null, List.of("FREE", "RESERVED"), null, Instant.now())
                                ? new AllocationOutcome.Allocated(booth, key.code(), AllocationState.ASSIGNED, null) : null);
                        if (outcome instanceof AllocationOutcome.Allocated) {
                            won.incrementAndGet();
                        }
                    });
                    int expected = s == 2 ? COMPANIES : boothCount;
                    if (won.get() != expected) {
                        throw new IllegalStateException(names.get(s) + ": " + won.get() + " assignments, expected " + expected);
                    }
                    if (round > 0) {
                        rates.get(s).add(perSecond);
                    }
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.printf("%-40s %10s %10s %10s%n", "requests/s (" + COMPANIES + " per round)", "median", "min", "max");
        for (int s = 0; s < 3; s++) {
            List<Double> r = new ArrayList<>(rates.get(s));
            Collections.sort(r);
            System.out.printf("%-40s %10.0f %10.0f %10.0f%n", names.get(s), r.get(r.size() / 2), r.getFirst(), r.getLast());
        }
        System.out.printf("load average: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
    }

    private interface Request {
        void run(int[] request);
    }

    /** Runs all requests released together by one gate; returns requests per second from the gate to the last answer. */
    private static double race(ExecutorService executor, List<int[]> requests, Request body) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int[] request : requests) {
            futures.add(executor.submit(() -> {
                gate.await();
                body.run(request);
                return null;
            }));
        }
        long start = System.nanoTime();
        gate.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        return requests.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** One event, one hall with 400 booths, 400 approved companies, written with plain SQL. */
    private record Fixture(long eventId, List<Long> booths, List<Long> companies) {

        static Fixture create(JdbcTemplate jdbc) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            jdbc.update("""
                    INSERT INTO expo_event (version, name_zh, name_en, kind, start_date, end_date, time_zone, status, created_at, updated_at)
                    VALUES (0, '基准测试展会', 'Benchmark expo', 'EXPO', CURRENT_DATE, CURRENT_DATE, 'Asia/Shanghai', 'REGISTRATION', ?, ?)""", now, now);
            long event = jdbc.queryForObject("SELECT MAX(id) FROM expo_event", Long.class);
            jdbc.update("""
                    INSERT INTO hall (version, event_id, code, name_zh, width_m, depth_m, sort_order, created_at, updated_at)
                    VALUES (0, ?, '4', '4号馆', 200, 100, 0, ?, ?)""", event, now, now);
            long hall = jdbc.queryForObject("SELECT MAX(id) FROM hall", Long.class);
            List<Object[]> booths = new ArrayList<>();
            List<Object[]> companies = new ArrayList<>();
            for (int i = 0; i < COMPANIES; i++) {
                booths.add(new Object[] {event, hall, String.format("B-%03d", i), (i % 40) * 3, (i / 40) * 3, now, now});
                companies.add(new Object[] {event, "基准企业" + i, ExhibitorFixtures.creditCode(), now, now, now});
            }
            jdbc.batchUpdate("""
                    INSERT INTO booth (version, event_id, hall_id, code, x_m, y_m, width_m, depth_m, area_m2, kind, price, status, created_at, updated_at)
                    VALUES (0, ?, ?, ?, ?, ?, 3, 3, 9, 'STANDARD', 6800, 'FREE', ?, ?)""", booths);
            jdbc.batchUpdate("""
                    INSERT INTO exhibitor (version, event_id, name_zh, credit_code, address, contact_name, mobile, products, category,
                        famous_brand, local_enterprise, staff_count, status, submitted_at, created_at, updated_at)
                    VALUES (0, ?, ?, ?, '云溪县', '王丽', '13900000000', '小商品', 'OTHER', FALSE, TRUE, 2, 'APPROVED', ?, ?, ?)""", companies);
            return new Fixture(event, jdbc.queryForList("SELECT id FROM booth WHERE event_id = ? ORDER BY id", Long.class, event),
                    jdbc.queryForList("SELECT id FROM exhibitor WHERE event_id = ? ORDER BY id", Long.class, event));
        }

        void reset(JdbcTemplate jdbc) {
            jdbc.update("DELETE FROM booth_allocation");
            jdbc.update("UPDATE booth SET status = 'FREE', holder_id = NULL, hold_expires_at = NULL");
        }
    }
}
