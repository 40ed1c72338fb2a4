package org.expodesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.expodesk.checkin.CheckInFixtures.Fair;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scans made offline and uploaded later: device A scanned 500 single-entry badges in, device B 50 of the same
 * badges afterwards at another gate. A's upload breaks off halfway and is sent again whole; a request cut off
 * mid-body stores nothing. Every scan is stored exactly once, B's overlaps are flagged as conflicts, nothing is lost.
 */
@RunningApp
class OfflineUploadHttpTest {

    private static final int BADGES = 500;
    private static final int OVERLAP = 50;

    @LocalServerPort
    int port;
    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    DeviceService devices;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_upload_cut_off_and_repeated_stores_every_scan_once_and_flags_the_other_devices_overlaps() throws Exception {
        ApiClient api = new ApiClient(port);
        Fair fair = fixtures.fair();
        GateSummary south = fixtures.gate(fair, "S4", Set.of());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BADGES; i++) {
            codes.add(fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "客商" + i)));
        }
        String deviceA = enrol(api, fair, fair.gate());
        String deviceB = enrol(api, fair, south);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<ObjectNode> scansA = new ArrayList<>();
        for (int i = 0; i < BADGES; i++) {
            scansA.add(scan(codes.get(i), start.plusSeconds(i)));
        }
        List<ObjectNode> scansB = new ArrayList<>();
        for (int i = 0; i < OVERLAP; i++) {
            scansB.add(scan(codes.get(i), start.plusSeconds(BADGES + i)));
        }

        HttpResponse<String> halfOfA = api.post("/api/v1/scans/batch", deviceA, batch(scansA.subList(0, BADGES / 2)));
        String cutOff = sendCutOff(batch(scansA), deviceA);
        // The client is gone; whatever the server answers into the void, it is no success and no server error.
        assertThat(cutOff).as("a body cut off mid-way").startsWith("HTTP/1.1 4");
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ?", Integer.class, fair.event().id()))
                .as("the cut-off request stored nothing").isEqualTo(BADGES / 2);
        HttpResponse<String> fromB = api.post("/api/v1/scans/batch", deviceB, batch(scansB));
        HttpResponse<String> allOfA = api.post("/api/v1/scans/batch", deviceA, batch(scansA));

        assertThat(List.of(halfOfA.statusCode(), fromB.statusCode(), allOfA.statusCode())).containsOnly(200);
        JsonNode resultsA = ApiClient.json(allOfA).get("results");
        assertThat(resultsA).hasSize(BADGES);
        assertThat(count(resultsA, r -> r.get("duplicate").asBoolean())).as("already stored by the first try").isEqualTo(BADGES / 2);
        assertThat(count(resultsA, r -> r.get("result").asString().equals("ADMITTED") && !r.get("conflict").asBoolean()))
                .isEqualTo(BADGES);
        JsonNode resultsB = ApiClient.json(fromB).get("results");
        assertThat(count(resultsB, r -> r.get("result").asString().equals("ALREADY_ADMITTED") && r.get("conflict").asBoolean()))
                .isEqualTo(OVERLAP);

        long event = fair.event().id();
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ?", Integer.class, event)).isEqualTo(BADGES + OVERLAP);
        assertThat(jdbc.queryForObject("select count(distinct nonce) from scan where event_id = ?", Integer.class, event))
                .isEqualTo(BADGES + OVERLAP);
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ? and conflict", Integer.class, event)).isEqualTo(OVERLAP);
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ? and offline and device_time is not null",
                Integer.class, event)).isEqualTo(BADGES + OVERLAP);
        Set<String> stored = Set.copyOf(jdbc.queryForList("select nonce from scan where event_id = ?", String.class, event));
        assertThat(stored).containsAll(nonces(scansA)).containsAll(nonces(scansB));
        assertThat(jdbc.queryForObject("select count(*) from presence where event_id = ? and inside", Integer.class, event))
                .as("inside: each badge once").isEqualTo(BADGES);
    }

    /** Sends the headers of the whole upload and half its body, then closes: what a dropped connection leaves. */
    private String sendCutOff(String body, String token) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/scans/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            socket.shutdownOutput();
            byte[] answer = socket.getInputStream().readNBytes(200);
            return new String(answer, StandardCharsets.US_ASCII);
        }
    }

    private String enrol(ApiClient api, Fair fair, GateSummary gate) {
        TestData.signInAs(fair.organiser());
        DeviceEnrolment enrolment = devices.register(gate.id(), "离线设备 " + gate.code());
        return ApiClient.json(api.post("/api/v1/devices/enrol", null, "{\"code\":\"" + enrolment.code() + "\"}"))
                .get("token").asString();
    }

    private static ObjectNode scan(String code, Instant deviceTime) {
        return ApiClient.JSON.createObjectNode().put("code", code).put("nonce", UUID.randomUUID().toString())
                .put("direction", "IN").put("deviceTime", deviceTime.toString());
    }

    private static String batch(List<ObjectNode> scans) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        ArrayNode array = body.putArray("scans");
        scans.forEach(array::add);
        return body.toString();
    }

    private static Set<String> nonces(List<ObjectNode> scans) {
        return scans.stream().map(s -> s.get("nonce").asString()).collect(Collectors.toSet());
    }

    private static long count(JsonNode results, java.util.function.Predicate<JsonNode> test) {
        long n = 0;
        for (JsonNode result : results) {
            if (test.test(result)) {
                n++;
            }
        }
        return n;
    }
}
