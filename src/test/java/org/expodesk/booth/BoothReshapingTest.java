package org.expodesk.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.booth.BoothFixtures.block;
import static org.expodesk.booth.BoothFixtures.hall;
import static org.expodesk.booth.BoothFixtures.m;
import static org.expodesk.booth.BoothFixtures.signInAsOrganiserOfNewEvent;

import java.util.List;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.Translatable;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Merging free booths into one and splitting one into equal parts, with the rules that keep the plan sound. */
@SpringBootTest
@ActiveProfiles("test")
class BoothReshapingTest {

    @Autowired
    BoothService booths;

    @Autowired
    HallService halls;

    @Autowired
    TestData data;

    private HallSummary hall;
    /** Two rows of four 3 × 3 m booths from (10, 10): A-001 … A-004 above A-005 … A-008. */
    private List<BoothSummary> block;

    @BeforeEach
    void aHallWithTwoRowsOfFour() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        hall = halls.create(event.id(), hall("4", "130", "100"));
        block = booths.generate(hall.id(), block(2, 4, "10", "10", "A-{n:03}"));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void two_free_neighbours_merge_into_one_booth_with_the_first_code_and_both_prices() {
        BoothSummary merged = booths.merge(List.of(block.get(1).ref(), block.get(2).ref()));

        assertThat(merged.code()).isEqualTo("A-002");
        assertThat(merged.x()).isEqualByComparingTo("13");
        assertThat(merged.width()).isEqualByComparingTo("6");
        assertThat(merged.depth()).isEqualByComparingTo("3");
        assertThat(merged.area()).isEqualByComparingTo("18");
        assertThat(merged.price()).isEqualByComparingTo("13600");
        assertThat(booths.find(block.get(2).id())).isEmpty();
        assertThat(booths.plan(hall.id()).booths()).hasSize(7);
    }

    @Test
    void four_booths_in_a_square_merge_into_an_island() {
        BoothSummary island = booths.merge(List.of(block.get(0).ref(), block.get(1).ref(), block.get(4).ref(), block.get(5).ref()));

        assertThat(island.width()).isEqualByComparingTo("6");
        assertThat(island.depth()).isEqualByComparingTo("6");
        assertThat(booths.plan(hall.id()).booths()).hasSize(5);
    }

    @Test
    void booths_that_do_not_form_a_rectangle_are_not_merged() {
        assertThatThrownBy(() -> booths.merge(List.of(block.get(0).ref(), block.get(1).ref(), block.get(4).ref())))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.problems()).containsExactly(
                        PlanProblem.of("booth.error.merge-not-rectangle", "A-001, A-002, A-005")));
        assertThatThrownBy(() -> booths.merge(List.of(block.get(0).ref(), block.get(2).ref())))
                .isInstanceOf(PlanRuleException.class);
        assertThat(booths.plan(hall.id()).booths()).hasSize(8);
    }

    @Test
    void a_blocked_or_reserved_booth_is_not_merged() {
        BoothSummary blocked = booths.setBlocked(block.get(1).ref(), true);

        assertThatThrownBy(() -> booths.merge(List.of(block.get(0).ref(), blocked.ref())))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.problems()).containsExactly(
                        PlanProblem.of("booth.error.merge-not-free", "A-002", new Translatable("booth.status.blocked"))));
    }

    @Test
    void one_booth_alone_or_booths_of_two_halls_are_not_merged() {
        assertThatThrownBy(() -> booths.merge(List.of(block.get(0).ref(), block.get(0).ref())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("booth.error.merge-too-few"));
        HallSummary other = halls.create(hall.eventId(), hall("5", "130", "100"));
        BoothSummary elsewhere = booths.generate(other.id(), block(1, 1, "13", "10", "B-{n}")).getFirst();
        assertThatThrownBy(() -> booths.merge(List.of(block.get(0).ref(), elsewhere.ref())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("booth.error.merge-other-hall"));
    }

    @Test
    void a_merge_based_on_an_old_version_is_refused() {
        BoothDraft draft = booths.draftOf(block.get(1).id());
        draft.setPrice(m("7000"));
        booths.update(block.get(1).id(), draft);

        assertThatThrownBy(() -> booths.merge(List.of(block.get(0).ref(), block.get(1).ref())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
    }

    @Test
    void the_neighbours_offered_for_a_merge_share_a_whole_side_and_are_free() {
        booths.setBlocked(block.get(2).ref(), true);

        assertThat(booths.mergeCandidates(block.get(1).id())).extracting(BoothSummary::code).containsExactly("A-001", "A-006");
        assertThat(booths.mergeCandidates(block.get(2).id())).isEmpty();
    }

    @Test
    void a_split_gives_equal_pieces_coded_with_letters_that_share_the_price() {
        BoothSummary wide = booths.merge(List.of(block.get(0).ref(), block.get(1).ref()));

        List<BoothSummary> pieces = booths.split(wide.ref(), 3, SplitAxis.WIDTH);

        assertThat(pieces).extracting(BoothSummary::code).containsExactly("A-001A", "A-001B", "A-001C");
        assertThat(pieces).extracting(BoothSummary::width).allSatisfy(w -> assertThat(w).isEqualByComparingTo("2"));
        assertThat(pieces).extracting(BoothSummary::x).extracting(Object::toString).containsExactly("10.00", "12.00", "14.00");
        assertThat(pieces).extracting(BoothSummary::price).extracting(Object::toString).containsExactly("4533.34", "4533.33", "4533.33");
        assertThat(pieces.getFirst().id()).isEqualTo(wide.id());
        assertThat(booths.plan(hall.id()).booths()).hasSize(9);
    }

    @Test
    void a_split_piece_keeps_the_booth_blocked_or_reserved() {
        BoothSummary blocked = booths.setBlocked(block.get(3).ref(), true);

        List<BoothSummary> pieces = booths.split(blocked.ref(), 2, SplitAxis.DEPTH);

        assertThat(pieces).extracting(BoothSummary::status).containsOnly(BoothStatus.BLOCKED);
        assertThat(pieces).extracting(BoothSummary::depth).allSatisfy(d -> assertThat(d).isEqualByComparingTo("1.5"));
    }

    @Test
    void a_split_into_too_many_or_too_small_pieces_or_onto_a_used_code_is_refused() {
        assertThatThrownBy(() -> booths.split(block.get(0).ref(), 1, SplitAxis.WIDTH))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("booth.error.split-parts"));
        assertThatThrownBy(() -> booths.split(block.get(0).ref(), 7, SplitAxis.WIDTH))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("booth.error.split-too-small"));
        BoothDraft draft = booths.draftOf(block.get(7).id());
        draft.setCode("A-001B");
        booths.update(block.get(7).id(), draft);
        assertThatThrownBy(() -> booths.split(block.get(0).ref(), 2, SplitAxis.WIDTH))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.problems()).containsExactly(
                        PlanProblem.of("booth.error.code-taken", "A-001B")));
        assertThat(booths.plan(hall.id()).booths()).hasSize(8);
    }
}
