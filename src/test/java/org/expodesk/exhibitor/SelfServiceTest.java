package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** An approved company picks, holds, confirms booths and registers its staff; the office assigns and takes back. */
@SpringBootTest
@ActiveProfiles("test")
class SelfServiceTest {

    @Autowired AllocationService allocations;
    @Autowired MyCompanyService myCompany;
    @Autowired RegistrationService registrations;
    @Autowired ExhibitorService exhibitors;
    @Autowired HallService halls;
    @Autowired BoothService booths;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired HoldSweep sweep;

    private SelfServiceFixture fixture;

    @BeforeEach
    void anEventWithBooths() {
        fixture = new SelfServiceFixture(data, events, transactions, halls, booths, registrations, exhibitors);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_approved_company_holds_a_booth_confirms_it_and_then_may_register_two_staff_for_nine_square_metres() {
        var company = fixture.company("云溪晨光五金有限公司", true);
        BoothSummary booth = fixture.booths.get(2);
        TestData.signInAs(company.user());

        AllocationOutcome held = allocations.hold(booth.id());
        assertThat(held).isInstanceOfSatisfying(AllocationOutcome.Allocated.class, a -> {
            assertThat(a.state()).isEqualTo(AllocationState.HELD);
            assertThat(a.holdExpiresAt()).isAfter(Instant.now().plusSeconds(25 * 60));
        });
        assertThat(myCompany.myStaffQuota(fixture.event.id()).allowed()).as("a hold gives no staff yet").isZero();
        assertThat(allocations.confirm(booth.id())).isInstanceOf(AllocationOutcome.Allocated.class);

        assertThat(allocations.myBooths(fixture.event.id())).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo(booth.code());
            assertThat(b.state()).isEqualTo(AllocationState.ASSIGNED);
        });
        ExhibitorPlan plan = myCompany.plan(fixture.hall.id());
        assertThat(plan.ownBoothIds()).containsExactly(booth.id());
        assertThat(plan.plan().booths()).filteredOn(b -> b.id() == booth.id()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BoothStatus.ASSIGNED));
        myCompany.addStaff(fixture.event.id(), new StaffDraft("李强", "13905791111", "销售经理"));
        myCompany.addStaff(fixture.event.id(), new StaffDraft("赵敏", "13905792222", "翻译"));
        assertThatThrownBy(() -> myCompany.addStaff(fixture.event.id(), new StaffDraft("钱多", "13905793333", "业务员")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exhibitor.error.staff-quota");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(myCompany.myStaff(fixture.event.id())).extracting(StaffSummary::name).containsExactly("李强", "赵敏");
    }

    @Test
    void a_company_not_yet_approved_cannot_pick_a_booth() {
        var company = fixture.company("云溪待审企业有限公司", false);
        TestData.signInAs(company.user());

        assertThatThrownBy(() -> allocations.hold(fixture.booths.getFirst().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.not-approved"));
    }

    @Test
    void a_company_picks_at_most_two_booths_itself() {
        var company = fixture.company("云溪多选企业有限公司", true);
        TestData.signInAs(company.user());
        allocations.hold(fixture.booths.get(0).id());
        allocations.hold(fixture.booths.get(1).id());

        assertThatThrownBy(() -> allocations.hold(fixture.booths.get(3).id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.booth-limit"));
    }

    @Test
    void a_booth_held_by_one_company_is_already_taken_for_another_until_the_hold_expires() {
        var first = fixture.company("云溪先到企业有限公司", true);
        var second = fixture.company("云溪后到企业有限公司", true);
        BoothSummary booth = fixture.booths.get(4);
        TestData.signInAs(first.user());
        allocations.hold(booth.id());

        TestData.signInAs(second.user());
        assertThat(allocations.hold(booth.id())).isInstanceOf(AllocationOutcome.AlreadyTaken.class);

        jdbc.update("UPDATE booth SET hold_expires_at = ? WHERE id = ?", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), booth.id());
        jdbc.update("UPDATE booth_allocation SET hold_expires_at = ? WHERE booth_id = ?", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), booth.id());
        assertThat(allocations.hold(booth.id())).isInstanceOf(AllocationOutcome.Allocated.class);

        TestData.signInAs(first.user());
        assertThatThrownBy(() -> allocations.confirm(booth.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.not-your-hold"));
        assertThat(allocations.myBooths(fixture.event.id())).isEmpty();
    }

    @Test
    void the_sweep_frees_expired_holds_on_the_plan_without_anybody_asking_for_the_booth() {
        var company = fixture.company("云溪过期企业有限公司", true);
        BoothSummary booth = fixture.booths.get(7);
        TestData.signInAs(company.user());
        allocations.hold(booth.id());
        jdbc.update("UPDATE booth SET hold_expires_at = ? WHERE id = ?", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), booth.id());

        sweep.sweep();

        assertThat(jdbc.queryForObject("SELECT status FROM booth WHERE id = ?", String.class, booth.id())).isEqualTo("FREE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booth_allocation WHERE booth_id = ?", Integer.class, booth.id())).isZero();
        assertThat(allocations.myBooths(fixture.event.id())).isEmpty();
    }

    @Test
    void the_office_assigns_a_reserved_booth_takes_it_back_and_cannot_reject_a_company_with_booths() {
        var company = fixture.company("云溪乡镇馆企业有限公司", true);
        BoothSummary booth = fixture.booths.get(5);
        TestData.signInAs(fixture.organiser);
        BoothSummary reserved = booths.update(booth.id(), reservedDraft(booth));
        assertThat(reserved.status()).isEqualTo(BoothStatus.RESERVED);

        assertThat(allocations.assign(booth.id(), company.id())).isInstanceOf(AllocationOutcome.Allocated.class);
        assertThat(booths.find(booth.id()).orElseThrow()).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BoothStatus.ASSIGNED);
            assertThat(b.holderId()).isEqualTo(company.id());
        });
        ExhibitorSummary current = exhibitors.find(company.id()).orElseThrow();
        assertThatThrownBy(() -> exhibitors.reject(company.id(), current.version(), "资料不全"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.has-booths"));

        assertThat(allocations.release(booth.id())).isTrue();
        assertThat(booths.find(booth.id()).orElseThrow().status()).as("back to its reservation").isEqualTo(BoothStatus.RESERVED);
        assertThat(allocations.boothsOf(company.id())).isEmpty();
    }

    @Test
    void the_office_cannot_give_a_booth_to_a_company_that_is_not_approved() {
        var company = fixture.company("云溪未审企业有限公司", false);
        TestData.signInAs(fixture.organiser);

        assertThatThrownBy(() -> allocations.assign(fixture.booths.get(6).id(), company.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("exhibitor.error.not-approved"));
    }

    @Test
    void a_company_changes_its_contact_details_but_not_what_its_review_decided() {
        var company = fixture.company("云溪资料企业有限公司", true);
        TestData.signInAs(company.user());
        ExhibitorSummary before = myCompany.myCompany(fixture.event.id()).orElseThrow();
        RegistrationDraft draft = ExhibitorFixtures.registration("改名企图有限公司");
        draft.setContactName("孙悦");
        draft.setFamousBrand(false);

        ExhibitorSummary after = myCompany.updateMyProfile(fixture.event.id(), before.version(), draft);

        assertThat(after.contactName()).isEqualTo("孙悦");
        assertThat(after.nameZh()).isEqualTo(before.nameZh());
        assertThat(after.creditCode()).isEqualTo(before.creditCode());
        assertThat(after.famousBrand()).isEqualTo(before.famousBrand());
        assertThat(myCompany.myHistory(fixture.event.id())).extracting(StatusChange::to)
                .containsExactly(RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED);
    }

    private org.expodesk.booth.BoothDraft reservedDraft(BoothSummary booth) {
        org.expodesk.booth.BoothDraft draft = booths.draftOf(booth.id());
        draft.setReservedCategory("乡镇馆");
        return draft;
    }
}
