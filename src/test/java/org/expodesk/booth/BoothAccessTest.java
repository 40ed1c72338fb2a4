package org.expodesk.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.booth.BoothFixtures.block;
import static org.expodesk.booth.BoothFixtures.hall;
import static org.expodesk.booth.BoothFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.booth.BoothFixtures.unique;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventSummary;
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

/** Who may lay out and who may read the plan: the office of the event edits, reception and safety read, nobody else. */
@SpringBootTest
@ActiveProfiles("test")
class BoothAccessTest {

    @Autowired
    BoothService booths;

    @Autowired
    HallService halls;

    @Autowired
    TestData data;

    private EventSummary event;
    private HallSummary hall;
    private BoothSummary booth;

    @BeforeEach
    void anEventWithOneBooth() {
        event = signInAsOrganiserOfNewEvent(data);
        hall = halls.create(event.id(), hall("4", "130", "100"));
        booth = booths.generate(hall.id(), block(1, 2, "0", "0", "A-{n:03}")).getFirst();
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VOLUNTEER", "EXHIBITOR"})
    void volunteers_and_exhibitors_may_neither_read_nor_change_the_office_plan(Role role) {
        TestData.signInAs(data.account(unique(role.name().toLowerCase(java.util.Locale.ROOT)), EnumSet.of(role), event.id()));

        assertThatThrownBy(() -> halls.halls(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.plan(hall.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.find(booth.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.list(event.id(), BoothFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.generate(hall.id(), block(1, 1, "50", "50", "Z-{n}"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.setBlocked(booth.ref(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> halls.create(event.id(), hall("9", "10", "10"))).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RECEPTION", "SAFETY"})
    void reception_and_safety_staff_read_the_plan_of_their_event_but_change_nothing(Role role) {
        TestData.signInAs(data.account(unique(role.name().toLowerCase(java.util.Locale.ROOT)), EnumSet.of(role), event.id()));

        assertThat(halls.halls(event.id())).extracting(HallSummary::id).containsExactly(hall.id());
        assertThat(booths.plan(hall.id()).booths()).hasSize(2);
        assertThat(booths.find(booth.id())).isPresent();
        assertThatThrownBy(() -> booths.generate(hall.id(), block(1, 1, "50", "50", "Z-{n}"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.merge(List.of(booth.ref()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.split(booth.ref(), 2, SplitAxis.WIDTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> halls.update(hall.id(), hall("4", "10", "10"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organiser_of_another_event_cannot_see_or_touch_this_plan() {
        signInAsOrganiserOfNewEvent(data);

        assertThatThrownBy(() -> halls.halls(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(halls.find(hall.id())).isEmpty();
        assertThat(booths.find(booth.id())).isEmpty();
        assertThatThrownBy(() -> booths.plan(hall.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.preview(hall.id(), block(1, 1, "50", "50", "Z-{n}"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.generate(hall.id(), block(1, 1, "50", "50", "Z-{n}"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.draftOf(booth.id())).isInstanceOf(AccessDeniedException.class);
        BoothDraft valid = new BoothDraft();
        valid.setCode("A-009");
        valid.setX(booth.x());
        valid.setY(booth.y());
        valid.setWidth(booth.width());
        valid.setDepth(booth.depth());
        valid.setVersion(booth.version());
        assertThatThrownBy(() -> booths.update(booth.id(), valid)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.setBlocked(booth.ref(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.delete(booth.ref())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.split(booth.ref(), 2, SplitAxis.WIDTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.mergeCandidates(booth.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> booths.occupancy(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> halls.draftOf(hall.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> halls.delete(hall.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_works_on_every_event() {
        TestData.signInAs(data.admin());

        assertThat(booths.plan(hall.id()).booths()).hasSize(2);
        assertThat(booths.setBlocked(booth.ref(), true).status()).isEqualTo(BoothStatus.BLOCKED);
    }

    @Test
    void an_anonymous_caller_is_refused_everything() {
        assertThatThrownBy(() -> booths.plan(hall.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> halls.halls(event.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> booths.generate(hall.id(), block(1, 1, "50", "50", "Z-{n}")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
