package org.expodesk.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.deal.DealSummary;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The ordered deals and witnesses of a ceremony, guarded by its version, and who may touch them. */
@SpringBootTest
@ActiveProfiles("test")
class CeremonyServiceTest {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    CeremonyFixtures fixtures;
    @Autowired
    PersonService persons;
    @Autowired
    TestData data;

    CeremonyFixtures.Setup setup;
    long a;
    long b;
    long c;

    @BeforeEach
    void anExpoWithThreeDeals() {
        setup = fixtures.expoWithDeals();
        a = setup.deals().get(0).id();
        b = setup.deals().get(1).id();
        c = setup.deals().get(2).id();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    Ceremony withThreeDeals() {
        Ceremony ceremony = ceremonies.open(setup.session().id());
        ceremony = ceremonies.addDeal(ceremony.id(), ceremony.version(), a);
        ceremony = ceremonies.addDeal(ceremony.id(), ceremony.version(), b);
        return ceremonies.addDeal(ceremony.id(), ceremony.version(), c);
    }

    @Test
    void deals_keep_the_order_they_were_put_in_and_moves_renumber_them() {
        Ceremony ceremony = withThreeDeals();
        assertThat(ceremony.dealIds()).containsExactly(a, b, c);

        ceremony = ceremonies.moveDeal(ceremony.id(), ceremony.version(), c, 0);
        assertThat(ceremony.dealIds()).containsExactly(c, a, b);
        ceremony = ceremonies.moveDeal(ceremony.id(), ceremony.version(), c, 1);
        assertThat(ceremony.dealIds()).containsExactly(a, c, b);
        ceremony = ceremonies.reorderDeals(ceremony.id(), ceremony.version(), List.of(b, a, c));

        assertThat(ceremonies.find(setup.session().id()).orElseThrow().dealIds()).containsExactly(b, a, c);
        assertThat(ceremonies.availableDeals(setup.event().id())).isEmpty();
    }

    @Test
    void a_change_from_a_screen_that_shows_an_older_order_is_refused_and_the_order_stays_whole() {
        Ceremony seen = withThreeDeals();
        Ceremony afterFirst = ceremonies.moveDeal(seen.id(), seen.version(), c, 0);

        assertThatThrownBy(() -> ceremonies.moveDeal(seen.id(), seen.version(), a, 2)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.changed-meanwhile");
        assertThatThrownBy(() -> ceremonies.reorderDeals(seen.id(), afterFirst.version(), List.of(a, b))).isInstanceOf(BusinessRuleException.class);
        assertThat(ceremonies.find(setup.session().id()).orElseThrow().dealIds()).containsExactly(c, a, b);
    }

    @Test
    void a_deal_is_signed_at_one_ceremony_only_and_removing_it_frees_it() {
        Ceremony ceremony = withThreeDeals();
        long seen = ceremony.version();

        assertThatThrownBy(() -> ceremonies.addDeal(ceremony.id(), seen, a)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("ceremony.error.deal-taken");
        Ceremony after = ceremonies.removeDeal(ceremony.id(), seen, b);
        assertThat(after.dealIds()).containsExactly(a, c);
        assertThat(ceremonies.availableDeals(setup.event().id())).extracting(DealSummary::id).containsExactly(b);
    }

    @Test
    void witnesses_are_kept_in_order_of_rank_with_their_titles() {
        PersonSummary first = persons.create(PersonDraft.of("陈建国", "Chen Jianguo", "副市长", "青山市人民政府", "13905791001", null));
        PersonSummary second = persons.create(PersonDraft.of("王志刚", "Wang Zhigang", "副县长", "云溪县人民政府", "13905792001", null));
        Ceremony ceremony = ceremonies.open(setup.session().id());
        ceremony = ceremonies.addWitness(ceremony.id(), ceremony.version(), second.id());
        ceremony = ceremonies.addWitness(ceremony.id(), ceremony.version(), first.id());
        ceremony = ceremonies.moveWitness(ceremony.id(), ceremony.version(), first.id(), 0);

        assertThat(ceremony.witnesses()).extracting(Witness::nameZh, Witness::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("陈建国", "副市长"), org.assertj.core.groups.Tuple.tuple("王志刚", "副县长"));
        long version = ceremony.version();
        long ceremonyId = ceremony.id();
        assertThatThrownBy(() -> ceremonies.addWitness(ceremonyId, version, first.id())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void only_a_signing_ceremony_session_can_hold_deals() {
        assertThat(ceremonies.sessions(setup.event().id())).extracting(s -> s.id()).containsExactly(setup.session().id());
        assertThat(ceremonies.find(setup.session().id())).isEmpty();
    }

    @Test
    void an_organiser_of_another_event_and_reception_staff_cannot_touch_the_ceremony() {
        Ceremony ceremony = withThreeDeals();
        TestData.signInAs(data.account(CeremonyFixtures.unique("organiser"), EnumSet.of(Role.ORGANISER),
                data.event("别的活动", "Another event", 90).id()));

        assertThat(ceremonies.find(setup.session().id())).isEmpty();
        assertThatThrownBy(() -> ceremonies.moveDeal(ceremony.id(), ceremony.version(), a, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ceremonies.sessions(setup.event().id())).isInstanceOf(AccessDeniedException.class);

        TestData.signInAs(data.account(CeremonyFixtures.unique("reception"), EnumSet.of(Role.RECEPTION), setup.event().id()));
        assertThatThrownBy(() -> ceremonies.open(setup.session().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ceremonies.moveDeal(ceremony.id(), ceremony.version(), a, 2)).isInstanceOf(AccessDeniedException.class);
    }
}
