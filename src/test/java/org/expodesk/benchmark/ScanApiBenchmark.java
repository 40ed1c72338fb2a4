package org.expodesk.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.GateDraft;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.MySqlDatabase;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Benchmark, not a test (its name keeps it out of the normal run; nothing is asserted about time):
 * {@code CI=true ./mvnw -q -B test -Dtest=ScanApiBenchmark} with MariaDB on 127.0.0.1:3306. Starts the whole
 * application on MariaDB and measures {@code POST /api/v1/scans} over real HTTP at 1, 10 and 50 concurrent
 * clients (each an enrolled device scanning its own re-entry badges in and out, so every request changes a
 * presence row and writes a log row), beside a bare JDBC insert of one scan row per operation at the same
 * concurrency, in the same run. Results go to docs/benchmarks.md by hand, with the machine and the date.
 */
@Tag("bench")
@org.junit.jupiter.api.extension.ExtendWith(org.expodesk.support.MySqlExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "expodesk.checkin.api.requests-per-second=1000000",
        "expodesk.checkin.api.burst=1000000", "logging.level.org.expodesk=warn",
        "spring.datasource.hikari.maximum-pool-size=20"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = MySqlDatabase.Initializer.class)
class ScanApiBenchmark {

    private static final int[] CLIENTS = {1, 10, 50};
    private static final int BADGES_PER_CLIENT = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 8));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    HallService halls;
    @Autowired
    GateService gates;
    @Autowired
    DeviceService devices;
    @Autowired
    PersonService persons;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void scan_api_throughput_and_latency_beside_a_bare_insert() throws Exception {
        EventSummary fair = data.event("基准测试展会", "Benchmark expo", -1);
        AppUser office = data.account("scan-bench-" + fair.id(), EnumSet.of(Role.ORGANISER), fair.id());
        TestData.signInAs(office);
        HallDraft hall = new HallDraft();
        hall.setCode("B");
        hall.setNameZh("基准馆");
        hall.setWidth(new java.math.BigDecimal("100"));
        hall.setDepth(new java.math.BigDecimal("100"));
        hall.setEntrances(List.of());
        long hallId = halls.create(fair.id(), hall).id();
        GateSummary gate = gates.create(fair.id(), GateDraft.of("B1", "基准门", "Bench gate", hallId));
        long exhibitor = types.types(fair.id()).stream().filter(t -> t.code() == 1).findFirst().orElseThrow().id();
        int maxClients = Arrays.stream(CLIENTS).max().orElseThrow();
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < maxClients; c++) {
            String token = devices.enrol(devices.register(gate.id(), "bench-" + c).code()).token();
            List<String> codes = new ArrayList<>();
            for (int b = 0; b < BADGES_PER_CLIENT; b++) {
                long person = persons.create(PersonDraft.of("基准" + c + "-" + b, null, null, null, null, null)).id();
                codes.add(badges.print(badges.issue(fair.id(), person, exhibitor).id()).code());
            }
            clients.add(new Client(token, codes));
        }
        TestData.signOut();
        System.out.printf("%nScan API benchmark on %s, %d cores, %s%n", MySqlDatabase.current().serverVersion(),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.printf("%-34s %8s %10s %9s %9s %9s%n", "figure", "clients", "ops/s", "p50 ms", "p99 ms", "errors");
        for (int n : CLIENTS) {
            report("bare JDBC insert of one scan row", n, run(n, i -> bareInsert(fair.id(), gate.id())));
            report("POST /api/v1/scans (HTTP, full rules)", n, run(n, i -> scan(clients.get(i))));
        }
    }

    private record Client(String token, List<String> codes, int[] next) {
        Client(String token, List<String> codes) {
            this(token, codes, new int[1]);
        }
    }

    /** Each call scans the client's next badge, alternating in and out, so each one changes a presence row. */
    private boolean scan(Client client) throws Exception {
        int step = client.next()[0]++;
        String code = client.codes().get(step % client.codes().size());
        String direction = (step / client.codes().size()) % 2 == 0 ? "IN" : "OUT";
        String body = "{\"code\":\"" + code + "\",\"nonce\":\"" + UUID.randomUUID() + "\",\"direction\":\"" + direction + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scans"))
                .header("Authorization", "Bearer " + client.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && (response.body().contains("\"ADMITTED\"") || response.body().contains("\"EXITED\""));
    }

    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    /** The floor: one autocommitted INSERT of a scan row on a connection of its own, no HTTP, no rules. */
    private boolean bareInsert(long eventId, long gateId) throws Exception {
        Connection connection = connections.get();
        if (connection == null) {
            connection = MySqlDatabase.current().connect();
            connections.set(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scan (nonce, event_id, gate_id, device_id, "
                + "account_id, scanned_at, badge_uid, direction, result, offline, conflict) VALUES (?, ?, ?, NULL, 1, ?, ?, 'IN', "
                + "'ADMITTED', FALSE, FALSE)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setLong(2, eventId);
            insert.setLong(3, gateId);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, "00112233445566778899aabb");
            return insert.executeUpdate() == 1;
        }
    }

    interface Operation {
        boolean call(int client) throws Exception;
    }

    record Result(double perSecond, double p50, double p99, long errors) {
    }

    private Result run(int clients, Operation operation) throws Exception {
        measure(clients, operation, WARM_UP);
        return measure(clients, operation, MEASURE);
    }

    private Result measure(int clients, Operation operation, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        long[] endAt = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int count = 0;
                long errors = 0;
                start.await();
                while (System.nanoTime() < endAt[0] && count < latencies.length - 1) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.call(client);
                    } catch (Exception e) {
                        ok = false;
                    }
                    latencies[count++] = System.nanoTime() - t0;
                    if (!ok) {
                        errors++;
                    }
                }
                long[] result = Arrays.copyOf(latencies, count + 1);
                result[count] = errors;
                return result;
            }));
        }
        long began = System.nanoTime();
        endAt[0] = began + duration.toNanos();
        start.countDown();
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> future : futures) {
            long[] r = future.get();
            for (int i = 0; i < r.length - 1; i++) {
                all.add(r[i]);
            }
            errors += r[r.length - 1];
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), errors);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void report(String figure, int clients, Result r) {
        System.out.printf("%-34s %8d %10.0f %9.2f %9.2f %9d%n", figure, clients, r.perSecond(), r.p50(), r.p99(), r.errors());
    }
}
