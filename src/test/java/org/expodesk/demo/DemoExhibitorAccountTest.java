package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.expodesk.account.DemoPasswords;
import org.expodesk.event.EventService;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.AllocationState;
import org.expodesk.exhibitor.MyCompanyService;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** The demo's exhibitor sign-in finds its company, approved, with a booth (same context as DemoDataTest). */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoExhibitorAccountTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired EventService events;
    @Autowired MyCompanyService myCompany;
    @Autowired AllocationService allocations;
    @Autowired TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_demo_exhibitor_signs_in_to_its_approved_company_with_an_assigned_booth() {
        var result = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DemoPasswords.username(Role.EXHIBITOR), DemoPasswords.BY_ROLE.get(Role.EXHIBITOR)));
        TestData.signInAs((AppUser) result.getPrincipal());
        long expo = events.selectable().stream().filter(e -> e.nameZh().equals("第四届云溪小商品博览会")).findFirst().orElseThrow().id();

        assertThat(myCompany.myCompany(expo)).hasValueSatisfying(c -> {
            assertThat(c.nameZh()).isEqualTo(DemoExhibitorAccount.COMPANY);
            assertThat(c.status()).isEqualTo(RegistrationStatus.APPROVED);
        });
        assertThat(allocations.myBooths(expo)).singleElement().satisfies(b -> assertThat(b.state()).isEqualTo(AllocationState.ASSIGNED));
        assertThat(myCompany.myStaffQuota(expo).allowed()).isEqualTo(2);
    }

}
