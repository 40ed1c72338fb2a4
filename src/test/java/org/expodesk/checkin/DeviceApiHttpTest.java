package org.expodesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.checkin.CheckInFixtures.Fair;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.expodesk.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The device API over real HTTP, as a scanner meets it: enrolment, scans with the bearer token, replays,
 * refusals of missing, unknown and revoked tokens and of browser session cookies, the rate limit, and broken
 * input that must never produce a 5xx.
 */
@RunningApp
class DeviceApiHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    DeviceService devices;
    @Autowired
    BadgeService badges;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private Fair fair;

    @BeforeEach
    void aFairAndAClient() {
        api = new ApiClient(port);
        fair = fixtures.fair();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_enrolled_device_scans_and_a_retried_nonce_gets_the_first_answer_without_a_second_row() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "林黛玉"));
        String token = enrol(fair.gate());
        String nonce = UUID.randomUUID().toString();

        HttpResponse<String> first = api.post("/api/v1/scans", token, ApiClient.scanJson(code, nonce, "IN"));
        HttpResponse<String> retry = api.post("/api/v1/scans", token, ApiClient.scanJson(code, nonce, "IN"));
        HttpResponse<String> again = api.post("/api/v1/scans", token, ApiClient.scanJson(code, UUID.randomUUID().toString(), "IN"));

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode answer = ApiClient.json(first);
        assertThat(answer.get("result").asString()).isEqualTo("ADMITTED");
        assertThat(answer.get("holder").get("nameZh").asString()).isEqualTo("林黛玉");
        assertThat(answer.get("holder").get("typeColour").asString()).isEqualTo("#2E7D32");
        assertThat(retry.body()).isEqualTo(first.body());
        JsonNode refused = ApiClient.json(again);
        assertThat(refused.get("result").asString()).isEqualTo("ALREADY_ADMITTED");
        assertThat(refused.get("firstAdmittedAt").asString()).isEqualTo(answer.get("scannedAt").asString());
        assertThat(refused.get("firstGateCode").asString()).isEqualTo("N4");
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ? and device_id is not null", Integer.class,
                fair.event().id())).isEqualTo(2);
    }

    @Test
    void an_enrolment_code_buys_one_token_only() {
        TestData.signInAs(fair.organiser());
        DeviceEnrolment enrolment = devices.register(fair.gate().id(), "北门手机 1");

        HttpResponse<String> first = api.post("/api/v1/devices/enrol", null, "{\"code\":\"" + enrolment.code() + "\"}");
        HttpResponse<String> second = api.post("/api/v1/devices/enrol", null, "{\"code\":\"" + enrolment.code() + "\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(first).get("gateCode").asString()).isEqualTo("N4");
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(second).get("error").asString()).isEqualTo("checkin.error.enrolment-invalid");
        assertThat(jdbc.queryForObject("select count(*) from scan_device where token_hash = ?", Integer.class,
                ApiClient.json(first).get("token").asString())).as("the token itself is not stored").isZero();
    }

    @Test
    void no_token_an_unknown_token_and_a_revoked_token_get_401() {
        String token = enrol(fair.gate());
        String scan = ApiClient.scanJson("EXD1.x", UUID.randomUUID().toString(), "IN");
        assertThat(api.post("/api/v1/scans", token, scan).statusCode()).as("control: the token works").isEqualTo(200);

        assertThat(api.post("/api/v1/scans", null, scan).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/scans", "not-a-token", scan).statusCode()).isEqualTo(401);
        TestData.signInAs(fair.organiser());
        long deviceId = devices.devicesOf(fair.event().id()).getFirst().id();
        devices.revoke(deviceId);
        HttpResponse<String> revoked = api.post("/api/v1/scans", token, ApiClient.scanJson("EXD1.x", UUID.randomUUID().toString(), "IN"));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(revoked).get("error").asString()).isEqualTo("unauthorized");
    }

    @Test
    void a_device_moved_to_a_new_phone_locks_the_old_phone_out_at_its_next_request() {
        String oldPhone = enrol(fair.gate());
        assertThat(api.post("/api/v1/scans", oldPhone, ApiClient.scanJson("EXD1.x", UUID.randomUUID().toString(), "IN"))
                .statusCode()).as("control: the old phone's token works and is now known").isEqualTo(200);
        TestData.signInAs(fair.organiser());
        long deviceId = devices.devicesOf(fair.event().id()).stream().filter(d -> d.enrolledAt() != null)
                .max(java.util.Comparator.comparing(d -> d.id())).orElseThrow().id();

        String code = devices.newEnrolmentCode(deviceId).code();
        HttpResponse<String> enrolled = api.post("/api/v1/devices/enrol", null, "{\"code\":\"" + code + "\"}");
        String newPhone = ApiClient.json(enrolled).get("token").asString();

        assertThat(api.post("/api/v1/scans", oldPhone, ApiClient.scanJson("EXD1.x", UUID.randomUUID().toString(), "IN"))
                .statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/scans", newPhone, ApiClient.scanJson("EXD1.x", UUID.randomUUID().toString(), "IN"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_browser_session_cookie_opens_nothing_on_the_api_and_no_session_is_created() {
        WebClient browser = new WebClient(port);
        browser.signIn(fair.organiser().getUsername(), TestData.PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.get("/").statusCode()).as("control: the cookie is signed in").isEqualTo(200);

        HttpResponse<String> withCookie = api.send(api.request("/api/v1/events/" + fair.event().id() + "/revocations", null)
                .header("Cookie", "JSESSIONID=" + session).GET().build());

        assertThat(withCookie.statusCode()).isEqualTo(401);
        String token = enrol(fair.gate());
        HttpResponse<String> withToken = api.get("/api/v1/events/" + fair.event().id() + "/revocations", token);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_device_that_sends_too_many_requests_gets_429_with_retry_after() {
        String token = enrol(fair.gate());
        HttpResponse<String> last = null;
        for (int i = 0; i < 200; i++) {
            last = api.get("/api/v1/events/" + fair.event().id() + "/revocations", token);
            if (last.statusCode() != 200) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.get("/api/v1/events/" + fair.event().id() + "/revocations", enrol(fair.gate())).statusCode())
                .as("another device has its own budget").isEqualTo(200);
    }

    @Test
    void a_device_reads_the_keys_and_revocations_of_its_own_event_only() {
        BadgeSummary badge = fixtures.badge(fair, CheckInFixtures.BUYER, "薛宝钗");
        badges.revoke(badge.id(), "重新制证");
        String token = enrol(fair.gate());
        Fair other = fixtures.fair();

        JsonNode keys = ApiClient.json(api.get("/api/v1/events/" + fair.event().id() + "/verification-keys", token));
        JsonNode revocations = ApiClient.json(api.get("/api/v1/events/" + fair.event().id() + "/revocations?since=2020-01-01T00:00:00Z", token));

        assertThat(keys.get(0).get("publicKey").asString()).hasSize(43);
        assertThat(keys.get(0).get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(revocations.get("revocations").get(0).get("badgeId").asString()).isEqualTo(badge.badgeId());
        assertThat(api.get("/api/v1/events/" + other.event().id() + "/verification-keys", token).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/events/" + other.event().id() + "/revocations", token).statusCode()).isEqualTo(403);
    }

    @Test
    void broken_requests_and_random_codes_get_typed_answers_and_never_a_server_error() {
        String valid = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "贾宝玉"));
        String token = enrol(fair.gate());
        Random random = new Random(7);
        Set<String> results = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            char[] chars = valid.toCharArray();
            int at = random.nextInt(chars.length);
            char replacement;
            do {
                // A "change" to the same character leaves the genuine code, which is rightly admitted.
                replacement = (char) random.nextInt(0x500);
            } while (replacement == chars[at]);
            chars[at] = replacement;
            String code = i % 3 == 0 ? Long.toString(random.nextLong(), 36) : new String(chars);
            HttpResponse<String> response = api.post("/api/v1/scans", token, ApiClient.scanJson(code, UUID.randomUUID().toString(), "IN"));
            if (response.statusCode() == 429) {
                sleep(1000);
                i--;
                continue;
            }
            assertThat(response.statusCode()).as(code).isEqualTo(200);
            results.add(ApiClient.json(response).get("result").asString());
        }
        assertThat(results).isSubsetOf("MALFORMED", "INVALID_SIGNATURE").isNotEmpty();

        token = enrol(fair.gate()); // a fresh rate-limit budget: the loop above may have spent this device's
        assertThat(api.post("/api/v1/scans", token, "{not json").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/scans", token, "{\"code\":\"x\",\"direction\":\"IN\"}").statusCode()).as("no nonce").isEqualTo(400);
        assertThat(api.post("/api/v1/scans", token, "{\"code\":\"x\",\"nonce\":\"abc\",\"direction\":\"IN\"}").statusCode())
                .as("nonce not a uuid").isEqualTo(400);
        assertThat(api.post("/api/v1/scans", token, ApiClient.scanJson("x", UUID.randomUUID().toString(), "SIDEWAYS")).statusCode())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/scans", token, "{\"code\":\"" + "A".repeat(100_000) + "\",\"nonce\":\""
                + UUID.randomUUID() + "\",\"direction\":\"IN\"}").statusCode()).as("oversized code").isEqualTo(200);
    }

    private String enrol(GateSummary gate) {
        TestData.signInAs(fair.organiser());
        DeviceEnrolment enrolment = devices.register(gate.id(), "扫码枪 " + UUID.randomUUID().toString().substring(0, 4));
        HttpResponse<String> response = api.post("/api/v1/devices/enrol", null, "{\"code\":\"" + enrolment.code() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("token").asString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
