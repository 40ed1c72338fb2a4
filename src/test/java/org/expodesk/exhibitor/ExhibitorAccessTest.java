package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An exhibitor can never read or change another company's data, whatever id it puts in a request. Company A
 * is signed in; company B, of the same event, holds one booth, has another and has staff; company C is in
 * another event. Every exhibitor-facing method is called with B's and C's ids, and every office method with
 * any id.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExhibitorAccessTest {

    @Autowired AllocationService allocations;
    @Autowired MyCompanyService myCompany;
    @Autowired RegistrationService registrations;
    @Autowired ExhibitorService exhibitors;
    @Autowired HallService halls;
    @Autowired BoothService booths;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestData data;
    @Autowired org.expodesk.booth.BoothHolders holders;

    private SelfServiceFixture here;
    private SelfServiceFixture elsewhere;
    private SelfServiceFixture.Company a;
    private SelfServiceFixture.Company b;
    private SelfServiceFixture.Company c;
    private BoothSummary heldByB;
    private BoothSummary assignedToB;
    private long staffOfB;

    @BeforeEach
    void threeCompanies() {
        here = new SelfServiceFixture(data, events, transactions, halls, booths, registrations, exhibitors);
        elsewhere = new SelfServiceFixture(data, events, transactions, halls, booths, registrations, exhibitors);
        a = here.company("云溪甲公司", true);
        b = here.company("云溪乙公司", true);
        c = elsewhere.company("石门丙公司", true);
        heldByB = here.booths.get(0);
        assignedToB = here.booths.get(1);
        TestData.signInAs(b.user());
        allocations.hold(heldByB.id());
        allocations.hold(assignedToB.id());
        allocations.confirm(assignedToB.id());
        staffOfB = myCompany.addStaff(here.event.id(), new StaffDraft("乙员工", "13905790001", "销售")).id();
        TestData.signInAs(a.user());
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void booth_requests_naming_another_companys_booth_are_refused() {
        assertThat(allocations.hold(heldByB.id())).isInstanceOf(AllocationOutcome.AlreadyTaken.class);
        assertThat(allocations.hold(assignedToB.id())).isInstanceOf(AllocationOutcome.AlreadyTaken.class);
        assertThatThrownBy(() -> allocations.confirm(heldByB.id())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> allocations.releaseHold(heldByB.id())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> allocations.releaseHold(assignedToB.id())).isInstanceOf(BusinessRuleException.class);
        assertThat(allocations.myBooths(here.event.id())).isEmpty();

        TestData.signInAs(b.user());
        assertThat(allocations.myBooths(here.event.id())).extracting(AllocatedBooth::boothId)
                .containsExactlyInAnyOrder(heldByB.id(), assignedToB.id());
    }

    @Test
    void another_companys_staff_cannot_be_removed_or_read() {
        assertThatThrownBy(() -> myCompany.removeStaff(here.event.id(), staffOfB)).isInstanceOf(AccessDeniedException.class);
        assertThat(myCompany.myStaff(here.event.id())).isEmpty();
        assertThat(myCompany.myStaffQuota(here.event.id()).used()).isZero();
    }

    @Test
    void the_company_of_another_event_is_not_reachable_through_that_events_id() {
        long otherEvent = elsewhere.event.id();
        long otherBooth = elsewhere.booths.getFirst().id();

        assertThat(myCompany.myCompany(otherEvent)).isEmpty();
        assertThatThrownBy(() -> myCompany.myHistory(otherEvent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.updateMyProfile(otherEvent, c.summary().version(), ExhibitorFixtures.registration("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.myStaff(otherEvent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.myStaffQuota(otherEvent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.addStaff(otherEvent, new StaffDraft("混入者", "13905790002", "销售"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.removeStaff(otherEvent, staffOfB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.halls(otherEvent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.plan(elsewhere.hall.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.hold(otherBooth)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.confirm(otherBooth)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.releaseHold(otherBooth)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.myBooths(otherEvent)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_plan_an_exhibitor_sees_names_no_holder_and_no_price_of_taken_booths() {
        ExhibitorPlan plan = myCompany.plan(here.hall.id());

        assertThat(plan.ownBoothIds()).isEmpty();
        assertThat(plan.plan().booths()).allSatisfy(booth -> {
            assertThat(booth.holderId()).isNull();
            assertThat(booth.reservedCategory()).isNull();
            assertThat(booth.holdExpiresAt()).isNull();
        });
        assertThat(plan.plan().booths()).filteredOn(bo -> bo.id() == assignedToB.id()).singleElement()
                .satisfies(bo -> assertThat(bo.price()).isZero());
    }

    @Test
    void every_office_method_is_refused_to_an_exhibitor_whatever_company_it_names() {
        for (long id : new long[] {a.id(), b.id(), c.id()}) {
            assertThatThrownBy(() -> exhibitors.find(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exhibitors.history(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exhibitors.approve(id, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exhibitors.reject(id, 0, "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exhibitors.waitlist(id, 0, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> allocations.assign(here.booths.get(5).id(), id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> allocations.boothsOf(id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> allocations.release(assignedToB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exhibitors.list(here.event.id(), ExhibitorFilter.all(), PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exhibitors.approvedMatching(here.event.id(), "", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.importRegistration(here.event.id(), ExhibitorFixtures.registration("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.register(here.event.id(), ExhibitorFixtures.registration("y"), "10.9.9.9"))
                .as("a signed-in exhibitor registers no further company").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.plan(here.hall.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holders.names(here.hall.id(), java.util.Locale.CHINA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holders.candidates(here.event.id(), "", 5, java.util.Locale.CHINA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holders.assign(here.booths.get(5).id(), a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holders.release(assignedToB.id())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RECEPTION", "SAFETY", "VOLUNTEER"})
    void other_staff_roles_reach_neither_the_queue_nor_the_self_service(Role role) {
        TestData.signInAs(data.account(ExhibitorFixtures.unique(role.name().toLowerCase(java.util.Locale.ROOT)), EnumSet.of(role), here.event.id()));

        assertThatThrownBy(() -> exhibitors.find(b.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myCompany.myCompany(here.event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.hold(here.booths.get(5).id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.assign(here.booths.get(5).id(), b.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_only_reaches_the_registration() {
        TestData.signOut();

        assertThatThrownBy(() -> myCompany.myCompany(here.event.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> allocations.hold(here.booths.get(5).id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        ExhibitorFixtures.signInAnonymously();
        assertThatThrownBy(() -> exhibitors.find(b.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.hold(here.booths.get(5).id())).isInstanceOf(AccessDeniedException.class);
        assertThat(registrations.openEvent(here.event.id())).isPresent();
    }
}
