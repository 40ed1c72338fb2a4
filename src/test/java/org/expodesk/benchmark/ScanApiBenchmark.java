package org.expodesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
            List<String> uids = new ArrayList<>();
            for (int b = 0; b < BADGES_PER_CLIENT; b++) {
                long person = persons.create(PersonDraft.of("基准" + c + "-" + b, null, null, null, null, null)).id();
                var badge = badges.issue(fair.id(), person, exhibitor);
                codes.add(badges.print(badge.id()).code());
                uids.add(badge.badgeId());
            }
            clients.add(new Client(token, codes, uids));
        }
        TestData.signOut();
        System.out.printf("%nScan API benchmark on %s, %d cores, %s%n", MySqlDatabase.current().serverVersion(),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.printf("%-38s %7s %9s %8s %8s %7s %11s %10s%n", "figure", "clients", "ops/s", "p50 ms", "p99 ms",
                "errors", "app µs/op", "db µs/op");
        for (int n : CLIENTS) {
            report("bare JDBC insert of one scan row", n, run(n, i -> bareInsert(fair.id(), gate.id())));
            report("bare JDBC scan transaction", n, run(n, i -> bareScanTransaction(fair.id(), gate.id(), clients.get(i), i)));
            report("POST /api/v1/scans (HTTP, full rules)", n, run(n, i -> scan(clients.get(i))));
        }
    }

    private record Client(String token, List<String> codes, List<String> uids, int[] next, int[] nextBare) {
        Client(String token, List<String> codes, List<String> uids) {
            this(token, codes, uids, new int[1], new int[1]);
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

    private final ThreadLocal<Connection> transactionConnections = new ThreadLocal<>();

    /**
     * The floor of a scan with its rules: the SQL the API runs for one scan, on a connection of its own with
     * autocommit off and nothing else (no HTTP, no security, no signature check, no pool): read the badge with its
     * type, move the presence row in or out, insert the log row, commit. Presence rows of its own badge ids, so the
     * API's badges keep their state.
     */
    private boolean bareScanTransaction(long eventId, long gateId, Client client, int clientNo) throws Exception {
        Connection connection = transactionConnections.get();
        if (connection == null) {
            connection = MySqlDatabase.current().connect();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            transactionConnections.set(connection);
        }
        int step = client.nextBare()[0]++;
        int b = step % client.uids().size();
        boolean in = (step / client.uids().size()) % 2 == 0;
        String ownUid = String.format("b%05d%02d%016d", clientNo, b, 0);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement read = connection.prepareStatement("SELECT b.badge_uid, b.status, b.type_id, t.re_entry, "
                + "b.name_zh, b.name_en, b.organisation, t.name_zh, t.name_en, t.colour FROM badge b JOIN badge_type t "
                + "ON t.id = b.type_id WHERE b.badge_uid = ? AND b.event_id = ?")) {
            read.setString(1, client.uids().get(b));
            read.setLong(2, eventId);
            try (var rs = read.executeQuery()) {
                if (!rs.next()) {
                    connection.rollback();
                    return false;
                }
            }
        }
        int changed;
        try (PreparedStatement move = connection.prepareStatement(in
                ? "UPDATE presence SET inside = TRUE, hall_id = NULL, last_in_at = ?, last_in_gate_id = ?, updated_at = ? "
                        + "WHERE badge_uid = ? AND scan_day = CURRENT_DATE AND inside = FALSE"
                : "UPDATE presence SET inside = FALSE, updated_at = ?, last_in_gate_id = ?, last_in_at = ? "
                        + "WHERE badge_uid = ? AND scan_day = CURRENT_DATE AND inside = TRUE")) {
            move.setTimestamp(1, now);
            move.setLong(2, gateId);
            move.setTimestamp(3, now);
            move.setString(4, ownUid);
            changed = move.executeUpdate();
        }
        if (in && changed == 0) {
            try (PreparedStatement first = connection.prepareStatement("INSERT INTO presence (badge_uid, scan_day, event_id, "
                    + "inside, hall_id, last_in_at, last_in_gate_id, updated_at) VALUES (?, CURRENT_DATE, ?, TRUE, NULL, ?, ?, ?)")) {
                first.setString(1, ownUid);
                first.setLong(2, eventId);
                first.setTimestamp(3, now);
                first.setLong(4, gateId);
                first.setTimestamp(5, now);
                first.executeUpdate();
            }
        }
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO scan (nonce, event_id, gate_id, device_id, "
                + "account_id, scanned_at, badge_uid, direction, result, offline, conflict) VALUES (?, ?, ?, NULL, 1, ?, ?, ?, "
                + "?, FALSE, FALSE)")) {
            log.setString(1, UUID.randomUUID().toString());
            log.setLong(2, eventId);
            log.setLong(3, gateId);
            log.setTimestamp(4, now);
            log.setString(5, client.uids().get(b));
            log.setString(6, in ? "IN" : "OUT");
            log.setString(7, in ? "ADMITTED" : "EXITED");
            log.executeUpdate();
        }
        connection.commit();
        return true;
    }

    interface Operation {
        boolean call(int client) throws Exception;
    }

    /**
     * Besides the clock: CPU time per operation, which other work on the machine barely changes (a busy machine
     * stretches latencies, not the work a scan needs). {@code appMicros} is this JVM's CPU less that of the load
     * generator's threads (the clients and the HTTP client's); it still holds the JVM's garbage collection and
     * compilation, shared by both sides. {@code dbMicros} is the database server's, read from /proc when it runs on
     * this machine (NaN otherwise).
     */
    record Result(double perSecond, double p50, double p99, long errors, double appMicros, double dbMicros) {
    }

    private Result run(int clients, Operation operation) throws Exception {
        measure(clients, operation, WARM_UP);
        return measure(clients, operation, MEASURE);
    }

    private Result measure(int clients, Operation operation, Duration duration) throws Exception {
        java.util.concurrent.atomic.AtomicInteger threadNo = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> new Thread(r, "bench-client-" + threadNo.incrementAndGet()));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        long[] endAt = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[4096];
                int count = 0;
                long errors = 0;
                start.await();
                while (System.nanoTime() < endAt[0]) {
                    if (count == latencies.length - 1) {
                        latencies = Arrays.copyOf(latencies, latencies.length * 2);
                    }
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
        long jvmCpuBefore = jvmCpuNanos();
        long clientCpuBefore = clientThreadsCpuNanos();
        long dbCpuBefore = databaseCpuNanos();
        long began = System.nanoTime();
        endAt[0] = began + duration.toNanos();
        start.countDown();
        long[] all = new long[0];
        long errors = 0;
        for (Future<long[]> future : futures) {
            long[] r = future.get();
            int from = all.length;
            all = Arrays.copyOf(all, from + r.length - 1);
            System.arraycopy(r, 0, all, from, r.length - 1);
            errors += r[r.length - 1];
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long clientCpu = clientThreadsCpuNanos() - clientCpuBefore;
        double appMicros = (jvmCpuNanos() - jvmCpuBefore - clientCpu) / 1e3 / Math.max(1, all.length);
        long dbCpuAfter = databaseCpuNanos();
        double dbMicros = dbCpuBefore < 0 || dbCpuAfter < 0 ? Double.NaN : (dbCpuAfter - dbCpuBefore) / 1e3 / Math.max(1, all.length);
        pool.shutdown();
        long[] sorted = all;
        Arrays.sort(sorted);
        return new Result(sorted.length / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), errors, appMicros,
                dbMicros);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU so far of the load generator's threads: the client threads and the HTTP client's own. */
    private static long clientThreadsCpuNanos() {
        long sum = 0;
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("bench-client-") || info.getThreadName().startsWith("HttpClient-"))) {
                sum += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** user + system time of the local mariadbd or mysqld, from /proc; -1 when there is none. */
    private static long databaseCpuNanos() {
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                try {
                    String comm = Files.readString(dir.resolve("comm")).strip();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        String stat = Files.readString(dir.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        return ticks * 1_000_000_000L / 100; // USER_HZ is 100 on Linux
                    }
                } catch (IOException | RuntimeException e) {
                    // a process that ended meanwhile, or one we may not read
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void report(String figure, int clients, Result r) {
        System.out.printf("%-38s %7d %9.0f %8.2f %8.2f %7d %11.0f %10.0f%n", figure, clients, r.perSecond(), r.p50(), r.p99(),
                r.errors(), r.appMicros(), r.dbMicros());
    }
}
