package org.expodesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.checkin.CheckInFixtures.Fair;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CheckInServiceTest {

    @Autowired
    CheckInService checkIn;
    @Autowired
    OccupancyService occupancy;
    @Autowired
    BadgeService badges;
    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.expodesk.event.EventService events;

    private Fair fair;

    @BeforeEach
    void aFairRunningToday() {
        fair = fixtures.fair();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_first_scan_of_a_valid_badge_admits_and_shows_who_wears_it() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "李娜"));
        TestData.signInAs(fair.volunteer());

        ScanAnswer answer = checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN);

        assertThat(answer.result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(answer.holder()).isNotNull();
        assertThat(answer.holder().nameZh()).isEqualTo("李娜");
        assertThat(answer.holder().organisation()).isEqualTo("云溪商贸有限公司");
        assertThat(answer.holder().typeNameZh()).isEqualTo("采购商");
        assertThat(answer.holder().typeColour()).isEqualTo("#2E7D32");
        assertThat(answer.firstAdmittedAt()).isNull();
    }

    @Test
    void second_scan_of_a_single_entry_badge_is_refused_with_the_first_admission_time_and_gate() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "王芳"));
        GateSummary south = fixtures.gate(fair, "S4", Set.of());
        TestData.signInAs(fair.volunteer());
        ScanAnswer first = checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN);

        ScanAnswer second = checkIn.scan(south.id(), code, UUID.randomUUID(), Direction.IN);

        assertThat(second.result()).isEqualTo(ScanResult.ALREADY_ADMITTED);
        assertThat(second.firstAdmittedAt()).isEqualTo(first.scannedAt());
        assertThat(second.firstGateCode()).isEqualTo("N4");
        assertThat(second.holder()).isNotNull();
    }

    @Test
    void a_single_entry_badge_does_not_come_in_again_after_an_exit_on_the_same_day() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "刘洋"));
        TestData.signInAs(fair.volunteer());
        checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN);

        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.OUT).result()).isEqualTo(ScanResult.EXITED);
        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result())
                .isEqualTo(ScanResult.ALREADY_ADMITTED);
    }

    @Test
    void a_re_entry_badge_comes_in_again_after_an_exit_but_not_twice_without_one() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.EXHIBITOR, "陈静"));
        TestData.signInAs(fair.volunteer());

        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result())
                .isEqualTo(ScanResult.ALREADY_ADMITTED);
        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.OUT).result()).isEqualTo(ScanResult.EXITED);
        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result()).isEqualTo(ScanResult.ADMITTED);
    }

    @Test
    void a_revoked_badge_is_refused_and_its_wearer_not_shown() {
        BadgeSummary badge = fixtures.badge(fair, CheckInFixtures.BUYER, "赵敏");
        String code = fixtures.code(badge);
        badges.revoke(badge.id(), "遗失");
        TestData.signInAs(fair.volunteer());

        ScanAnswer answer = checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN);

        assertThat(answer.result()).isEqualTo(ScanResult.REVOKED);
        assertThat(answer.holder()).isNull();
    }

    @Test
    void a_badge_of_another_event_is_refused_as_wrong_event() {
        Fair other = fixtures.fair();
        String otherCode = fixtures.code(fixtures.badge(other, CheckInFixtures.BUYER, "孙强"));
        TestData.signInAs(fair.volunteer());

        ScanAnswer answer = checkIn.scan(fair.gate().id(), otherCode, UUID.randomUUID(), Direction.IN);

        assertThat(answer.result()).isEqualTo(ScanResult.WRONG_EVENT);
        assertThat(answer.holder()).isNull();
    }

    @Test
    void a_gate_refuses_badge_types_it_does_not_admit_and_a_closed_gate_refuses_all() {
        String buyer = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "周杰"));
        GateSummary exhibitorsOnly = fixtures.gate(fair, "E4", Set.of(fixtures.type(fair, CheckInFixtures.EXHIBITOR).id()));
        GateSummary closed = fixtures.gate(fair, "C4", Set.of());
        fixtures.gates().setActive(closed.id(), false);
        TestData.signInAs(fair.volunteer());

        assertThat(checkIn.scan(exhibitorsOnly.id(), buyer, UUID.randomUUID(), Direction.IN).result())
                .isEqualTo(ScanResult.NOT_ALLOWED_HERE);
        assertThat(checkIn.scan(closed.id(), buyer, UUID.randomUUID(), Direction.IN).result())
                .isEqualTo(ScanResult.NOT_ALLOWED_HERE);
        assertThat(checkIn.scan(fair.gate().id(), buyer, UUID.randomUUID(), Direction.IN).result()).as("control: an open gate for all types")
                .isEqualTo(ScanResult.ADMITTED);
    }

    @Test
    void closing_a_gate_that_has_been_scanning_refuses_its_next_scan_and_reopening_admits_again() {
        String first = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "郑洁"));
        String second = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "冯静"));
        TestData.signInAs(fair.volunteer());
        assertThat(checkIn.scan(fair.gate().id(), first, UUID.randomUUID(), Direction.IN).result()).as("control: the gate admits")
                .isEqualTo(ScanResult.ADMITTED);

        TestData.signInAs(fair.organiser());
        fixtures.gates().setActive(fair.gate().id(), false);
        TestData.signInAs(fair.volunteer());
        assertThat(checkIn.scan(fair.gate().id(), second, UUID.randomUUID(), Direction.IN).result())
                .isEqualTo(ScanResult.NOT_ALLOWED_HERE);

        TestData.signInAs(fair.organiser());
        fixtures.gates().setActive(fair.gate().id(), true);
        TestData.signInAs(fair.volunteer());
        assertThat(checkIn.scan(fair.gate().id(), second, UUID.randomUUID(), Direction.IN).result()).isEqualTo(ScanResult.ADMITTED);
    }

    @Test
    void moving_the_event_after_its_gates_have_scanned_counts_at_the_next_scan() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "蒋梅"));
        TestData.signInAs(fair.volunteer());
        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.OUT).result()).as("control: valid today")
                .isEqualTo(ScanResult.EXITED);

        TestData.signInAs(fair.organiser());
        var draft = events.draftOf(fair.event().id());
        draft.setStartDate(fair.event().startDate().plusDays(30));
        draft.setEndDate(fair.event().endDate().plusDays(30));
        events.update(fair.event().id(), draft);
        TestData.signInAs(fair.volunteer());

        assertThat(checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result())
                .as("the badge's days moved with the event, a month away").isEqualTo(ScanResult.NOT_VALID_NOW);
    }

    @Test
    void a_nonce_sent_ten_times_gets_the_first_answer_each_time_and_leaves_one_row() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "吴磊"));
        TestData.signInAs(fair.volunteer());
        UUID nonce = UUID.randomUUID();

        ScanAnswer first = checkIn.scan(fair.gate().id(), code, nonce, Direction.IN);
        for (int retry = 0; retry < 9; retry++) {
            assertThat(checkIn.scan(fair.gate().id(), code, nonce, Direction.IN)).isEqualTo(first);
        }

        assertThat(first.result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(jdbc.queryForObject("select count(*) from scan where nonce = ?", Integer.class, nonce.toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ?", Integer.class, fair.event().id())).isEqualTo(1);
    }

    @Test
    void a_nonce_of_another_scanner_is_not_replayed_to_it() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "郑爽"));
        UUID nonce = UUID.randomUUID();
        TestData.signInAs(fair.volunteer());
        checkIn.scan(fair.gate().id(), code, nonce, Direction.IN);

        TestData.signInAs(fair.organiser());
        assertThatThrownBy(() -> checkIn.scan(fair.gate().id(), code, nonce, Direction.IN))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("checkin.error.nonce-taken");
    }

    @Test
    void every_scan_is_logged_refused_ones_too_with_gate_account_and_result() {
        TestData.signInAs(fair.volunteer());
        UUID nonce = UUID.randomUUID();

        checkIn.scan(fair.gate().id(), "not a badge", nonce, Direction.IN);

        var row = jdbc.queryForMap("select gate_id, account_id, device_id, result, badge_uid, offline, conflict from scan where nonce = ?",
                nonce.toString());
        assertThat(((Number) row.get("gate_id")).longValue()).isEqualTo(fair.gate().id());
        assertThat(((Number) row.get("account_id")).longValue()).isEqualTo(fair.volunteer().accountId());
        assertThat(row.get("device_id")).isNull();
        assertThat(row.get("result")).isEqualTo("MALFORMED");
        assertThat(row.get("badge_uid")).isNull();
    }

    @Test
    void the_hall_count_follows_real_entries_and_exits_only() {
        String one = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "一号"));
        String two = fixtures.code(fixtures.badge(fair, CheckInFixtures.EXHIBITOR, "二号"));
        TestData.signInAs(fair.volunteer());
        long gate = fair.gate().id();
        UUID retried = UUID.randomUUID();
        checkIn.scan(gate, one, retried, Direction.IN);
        checkIn.scan(gate, one, retried, Direction.IN);
        checkIn.scan(gate, one, UUID.randomUUID(), Direction.IN);
        checkIn.scan(gate, two, UUID.randomUUID(), Direction.IN);
        TestData.signInAs(fair.organiser());
        assertThat(occupancy.occupancy(fair.event().id())).singleElement().extracting(HallCount::inside).isEqualTo(2);

        TestData.signInAs(fair.volunteer());
        checkIn.scan(gate, two, UUID.randomUUID(), Direction.OUT);
        checkIn.scan(gate, two, UUID.randomUUID(), Direction.OUT);
        checkIn.scan(gate, one, UUID.randomUUID(), Direction.OUT);
        checkIn.scan(gate, one, UUID.randomUUID(), Direction.OUT);

        TestData.signInAs(fair.organiser());
        HallCount hall = occupancy.occupancy(fair.event().id()).getFirst();
        assertThat(hall.inside()).isZero();
        assertThat(hall.capacity()).isEqualTo(5000);
        assertThat(hall.nameZh()).isEqualTo("4号馆");
    }

    @Test
    void subscribers_hear_the_new_counts_after_a_scan_changed_them() throws Exception {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "推送"));
        var heard = new java.util.concurrent.LinkedBlockingQueue<java.util.List<HallCount>>();
        var registration = occupancy.subscribe(fair.event().id(), heard::add);
        TestData.signInAs(fair.volunteer());

        checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN);

        var counts = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(counts).isNotNull().singleElement().extracting(HallCount::inside).isEqualTo(1);
        registration.remove();
    }

    @Test
    void a_volunteer_of_another_event_an_exhibitor_and_reception_cannot_scan_here() {
        String code = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "钱七"));
        Fair other = fixtures.fair();
        long gate = fair.gate().id();

        TestData.signInAs(other.volunteer());
        assertThatThrownBy(() -> checkIn.scan(gate, code, UUID.randomUUID(), Direction.IN)).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account("exhibitor-" + UUID.randomUUID(), EnumSet.of(Role.EXHIBITOR), fair.event().id()));
        assertThatThrownBy(() -> checkIn.scan(gate, code, UUID.randomUUID(), Direction.IN)).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account("reception-" + UUID.randomUUID(), EnumSet.of(Role.RECEPTION), fair.event().id()));
        assertThatThrownBy(() -> checkIn.scan(gate, code, UUID.randomUUID(), Direction.IN)).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(fair.volunteer());
        assertThat(checkIn.scan(gate, code, UUID.randomUUID(), Direction.IN).result()).as("control: the event's own volunteer")
                .isEqualTo(ScanResult.ADMITTED);
        assertThat(jdbc.queryForObject("select count(*) from scan where event_id = ?", Integer.class, fair.event().id())).isEqualTo(1);
    }

    @Test
    void volunteers_list_the_gates_of_their_event_only_and_cannot_edit_them() {
        TestData.signInAs(fair.volunteer());
        assertThat(fixtures.gates().gatesOf(fair.event().id())).extracting(GateSummary::code).containsExactly("N4");
        assertThatThrownBy(() -> fixtures.gates().create(fair.event().id(), GateDraft.of("X", "X门", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        Fair other = fixtures.fair();
        TestData.signInAs(fair.volunteer());
        assertThatThrownBy(() -> fixtures.gates().gatesOf(other.event().id())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account("exhibitor-" + UUID.randomUUID(), EnumSet.of(Role.EXHIBITOR), fair.event().id()));
        assertThatThrownBy(() -> fixtures.gates().gatesOf(fair.event().id())).isInstanceOf(AccessDeniedException.class);
    }
}
