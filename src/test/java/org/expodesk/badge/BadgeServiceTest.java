package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.expodesk.badge.BadgeVerification.Verified;
import org.expodesk.badge.domain.Badge;
import org.expodesk.badge.domain.BadgeRepository;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BadgeServiceTest {

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;
    @Autowired
    BadgeCodeVerifier verifier;
    @Autowired
    PersonService persons;
    @Autowired
    EventService events;
    @Autowired
    TestData testData;
    @Autowired
    BadgeRepository badgeRows;

    private EventSummary event;
    private PersonSummary person;

    @BeforeEach
    void anEventAndAPerson() {
        TestData.signInAs(testData.admin());
        event = testData.event("第五届青山小商品博览会", "5th Qingshan Small Commodities Expo", 20);
        person = persons.create(PersonDraft.of("张伟", "Zhang Wei", null, "青山义乌商贸有限公司", null, null));
        TestData.signInAs(testData.account("badge-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_new_event_starts_with_the_seven_usual_badge_types() {
        TestData.signInAs(testData.admin());
        EventDraft draft = new EventDraft();
        draft.setNameZh("新活动");
        draft.setNameEn("New event");
        draft.setKind(EventKind.EXPO);
        draft.setStartDate(LocalDate.now().plusDays(50));
        draft.setEndDate(LocalDate.now().plusDays(52));
        EventSummary created = events.create(draft);

        List<BadgeTypeSummary> starter = types.types(created.id());
        assertThat(starter).extracting(BadgeTypeSummary::nameZh)
                .containsExactly("参展商", "采购商", "客商", "嘉宾", "媒体", "工作人员", "志愿者");
        assertThat(starter).extracting(BadgeTypeSummary::code).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(starter).allSatisfy(t -> assertThat(t.colour()).matches("#[0-9A-F]{6}"));
    }

    @Test
    void an_issued_badge_carries_a_signed_code_with_its_type_and_the_type_s_default_days() {
        BadgeTypeSummary exhibitor = type("参展商");
        BadgeSummary badge = badges.issue(event.id(), person.id(), exhibitor.id());

        assertThat(badge.status()).isEqualTo(BadgeStatus.ISSUED);
        assertThat(badge.nameZh()).isEqualTo("张伟");
        assertThat(badge.validDays()).first().isEqualTo(event.startDate().minusDays(2));
        assertThat(badge.validDays()).last().isEqualTo(event.endDate().plusDays(1));
        String code = badges.print(badge.id()).code();
        assertThat(verifier.verify(code)).isInstanceOfSatisfying(Verified.class, v -> {
            assertThat(v.claims().eventId()).isEqualTo(event.id());
            assertThat(v.claims().typeCode()).isEqualTo(exhibitor.code());
            assertThat(v.claims().badgeId().hex()).isEqualTo(badge.badgeId());
        });
    }

    @Test
    void a_person_holds_one_active_badge_per_event() {
        badges.issue(event.id(), person.id(), type("采购商").id());

        assertThatThrownBy(() -> badges.issue(event.id(), person.id(), type("客商").id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("badge.error.already-has-badge"));
        assertThat(badges.count(event.id(), BadgeFilter.all())).isEqualTo(1);
    }

    @Test
    void the_database_itself_refuses_a_second_active_badge_for_the_same_person() {
        BadgeSummary first = badges.issue(event.id(), person.id(), type("采购商").id());
        BadgeValidity validity = BadgeValidity.between(event.startDate(), event.startDate(), event.endDate());

        // Straight to the repository, past the service's own check, as a second request at the same moment would get.
        assertThatThrownBy(() -> badgeRows.saveAndFlush(Badge.issued(BadgeId.random(), event.id(), person.id(),
                first.type().id(), "张伟", null, null, validity, "EXD1.x", java.time.Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void reissue_revokes_the_old_badge_with_the_reason_and_gives_a_new_code() {
        BadgeSummary first = badges.issue(event.id(), person.id(), type("采购商").id());
        String firstCode = badges.print(first.id()).code();

        BadgeSummary second = badges.reissue(first.id(), type("嘉宾").id(), "升级为嘉宾");

        BadgeSummary old = badges.find(first.id());
        assertThat(old.status()).isEqualTo(BadgeStatus.REVOKED);
        assertThat(old.revokeReason()).isEqualTo("升级为嘉宾");
        assertThat(old.revokedAt()).isNotNull();
        assertThat(old.replacedById()).isEqualTo(second.id());
        assertThat(second.status()).isEqualTo(BadgeStatus.ISSUED);
        assertThat(second.type().nameZh()).isEqualTo("嘉宾");
        assertThat(badges.print(second.id()).code()).isNotEqualTo(firstCode);
        // After a revocation the person may be issued a badge again; before it, not.
        badges.revoke(second.id(), "丢失");
        assertThat(badges.issue(event.id(), person.id(), type("媒体").id()).status()).isEqualTo(BadgeStatus.ISSUED);
    }

    @Test
    void the_reception_team_of_the_event_reads_the_current_code_and_others_are_refused() {
        BadgeSummary first = badges.issue(event.id(), person.id(), type("嘉宾").id());
        String code = badges.print(first.id()).code();
        EventSummary other = testData.event("别的展会", "Other fair", 40);

        TestData.signInAs(testData.account("badge-reception-" + event.id(), EnumSet.of(Role.RECEPTION), event.id()));
        assertThat(badges.currentCode(event.id(), person.id())).contains(code);
        TestData.signInAs(testData.account("badge-exhibitor-" + event.id(), EnumSet.of(Role.EXHIBITOR), event.id()));
        assertThatThrownBy(() -> badges.currentCode(event.id(), person.id())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(testData.account("badge-reception-" + other.id(), EnumSet.of(Role.RECEPTION), other.id()));
        assertThatThrownBy(() -> badges.currentCode(event.id(), person.id())).isInstanceOf(AccessDeniedException.class);

        TestData.signInAs(testData.account("badge-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        badges.revoke(first.id(), "丢失");
        assertThat(badges.currentCode(event.id(), person.id())).as("a revoked badge admits nobody").isEmpty();
        BadgeSummary second = badges.issue(event.id(), person.id(), type("嘉宾").id());
        assertThat(badges.currentCode(event.id(), person.id())).contains(badges.print(second.id()).code());
    }

    @Test
    void revoking_needs_a_reason_and_happens_once() {
        BadgeSummary badge = badges.issue(event.id(), person.id(), type("媒体").id());

        assertThatThrownBy(() -> badges.revoke(badge.id(), "  ")).isInstanceOf(BusinessRuleException.class);
        badges.revoke(badge.id(), "证件借给他人使用");
        assertThatThrownBy(() -> badges.revoke(badge.id(), "again"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("badge.error.already-revoked"));
        assertThatThrownBy(() -> badges.reissue(badge.id(), type("媒体").id(), "again"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void the_list_filters_by_type_status_and_name() {
        TestData.signInAs(testData.admin());
        PersonSummary li = persons.create(PersonDraft.of("李娜", "Li Na", null, "云溪日报", null, null));
        TestData.signInAs(testData.account("badge-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        BadgeSummary zhang = badges.issue(event.id(), person.id(), type("采购商").id());
        badges.issue(event.id(), li.id(), type("媒体").id());
        badges.revoke(zhang.id(), "取消参会");

        assertThat(badges.list(event.id(), new BadgeFilter(type("媒体").id(), null, null), PageRequest.of(0, 10)))
                .extracting(BadgeSummary::nameZh).containsExactly("李娜");
        assertThat(badges.list(event.id(), new BadgeFilter(null, BadgeStatus.REVOKED, null), PageRequest.of(0, 10)))
                .extracting(BadgeSummary::nameZh).containsExactly("张伟");
        assertThat(badges.list(event.id(), new BadgeFilter(null, null, "日报"), PageRequest.of(0, 10)))
                .extracting(BadgeSummary::nameZh).containsExactly("李娜");
        assertThat(badges.list(event.id(), new BadgeFilter(null, null, "zhang"), PageRequest.of(0, 10)))
                .extracting(BadgeSummary::nameZh).containsExactly("张伟");
        // Printing takes the valid badges only: Zhang Wei's revoked one is left out.
        List<BadgePrint> firstBatch = badges.printBatch(event.id(), BadgeFilter.all(), 0, 1);
        assertThat(firstBatch).extracting(BadgePrint::nameZh).containsExactly("李娜");
        assertThat(badges.printBatch(event.id(), BadgeFilter.all(), firstBatch.getFirst().id(), 10)).isEmpty();
    }

    @Test
    void a_print_run_fetches_the_filtered_badges_batch_by_batch_in_order() {
        TestData.signInAs(testData.admin());
        List<PersonSummary> guests = IntStream.range(0, 5)
                .mapToObj(i -> persons.create(PersonDraft.of("嘉宾" + i, null, null, null, null, null))).toList();
        TestData.signInAs(testData.account("badge-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        guests.forEach(g -> badges.issue(event.id(), g.id(), type("嘉宾").id()));
        badges.issue(event.id(), person.id(), type("采购商").id());
        TestData.signInAs(testData.admin());
        PersonSummary gone = persons.create(PersonDraft.of("已取消嘉宾", null, null, null, null, null));
        TestData.signInAs(testData.account("badge-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        BadgeSummary revoked = badges.issue(event.id(), gone.id(), type("嘉宾").id());
        badges.revoke(revoked.id(), "取消参会");

        List<String> printed = new ArrayList<>();
        new BadgePrintRun(badges, event.id(), new BadgeFilter(type("嘉宾").id(), null, null), 2)
                .forEachRemaining(b -> printed.add(b.nameZh()));

        assertThat(printed).as("valid badges only").containsExactly("嘉宾0", "嘉宾1", "嘉宾2", "嘉宾3", "嘉宾4");
        assertThat(badges.countPrintable(event.id(), new BadgeFilter(type("嘉宾").id(), null, null))).isEqualTo(5);
        assertThat(badges.countPrintable(event.id(), new BadgeFilter(null, BadgeStatus.REVOKED, null))).isZero();
        assertThatThrownBy(() -> badges.print(revoked.id())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_volunteer_cannot_issue_badges() {
        long typeId = type("采购商").id();
        TestData.signInAs(testData.account("badge-volunteer-" + event.id(), EnumSet.of(Role.VOLUNTEER), event.id()));

        assertThatThrownBy(() -> badges.issue(event.id(), person.id(), typeId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.list(event.id(), BadgeFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organiser_of_another_event_is_refused() {
        BadgeSummary badge = badges.issue(event.id(), person.id(), type("采购商").id());
        long typeId = type("采购商").id();
        EventSummary other = testData.event("别人的博览会", "Someone else’s expo", 20);
        TestData.signInAs(testData.account("badge-other-" + other.id(), EnumSet.of(Role.ORGANISER), other.id()));

        assertThatThrownBy(() -> badges.issue(event.id(), person.id(), typeId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.revoke(badge.id(), "不是我的")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.print(badge.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.types(event.id())).isInstanceOf(AccessDeniedException.class);
        // Nor can they issue a badge of this event's type inside their own event.
        assertThatThrownBy(() -> badges.issue(other.id(), person.id(), typeId)).isInstanceOf(RuntimeException.class);
    }

    private BadgeTypeSummary type(String nameZh) {
        return types.types(event.id()).stream().filter(t -> t.nameZh().equals(nameZh)).findFirst().orElseThrow();
    }
}
