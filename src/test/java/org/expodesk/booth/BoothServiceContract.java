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
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * What generating and editing booths promises, on each supported database (see the subclasses). Every test
 * works in an event of its own, so what other tests left in a shared database does not matter.
 */
abstract class BoothServiceContract {

    @Autowired
    BoothService booths;

    @Autowired
    HallService halls;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_block_creates_rows_times_columns_booths_with_their_codes_positions_and_sizes() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        BoothBlock block = block(2, 3, "10", "20", "A-{row}{col:02}");
        block.setRowAisle(m("2.5"));

        List<BoothSummary> created = booths.generate(hall.id(), block);

        assertThat(created).extracting(BoothSummary::code).containsExactly("A-101", "A-102", "A-103", "A-201", "A-202", "A-203");
        BoothSummary last = created.getLast();
        assertThat(last.x()).isEqualByComparingTo("16");
        assertThat(last.y()).isEqualByComparingTo("25.5");
        assertThat(last.width()).isEqualByComparingTo("3");
        assertThat(last.depth()).isEqualByComparingTo("3");
        assertThat(last.area()).isEqualByComparingTo("9");
        assertThat(last.price()).isEqualByComparingTo("6800");
        assertThat(last.kind()).isEqualTo(BoothKind.STANDARD);
        assertThat(last.status()).isEqualTo(BoothStatus.FREE);
        assertThat(booths.plan(hall.id()).booths()).hasSize(6);
    }

    @Test
    void a_running_number_starts_where_the_office_says_and_codes_are_stored_in_capitals() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("5", "130", "100"));
        BoothBlock block = block(1, 3, "0", "0", "b-{n:03}");
        block.setFirstNumber(21);

        assertThat(booths.generate(hall.id(), block)).extracting(BoothSummary::code).containsExactly("B-021", "B-022", "B-023");
    }

    @Test
    void a_block_with_one_booth_outside_the_hall_creates_nothing_and_names_that_booth() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "30", "20"));

        // 10 columns of 3 m from x = 1 end at 31 m: the last booth sticks out of the 30 m hall.
        assertThatThrownBy(() -> booths.generate(hall.id(), block(2, 10, "1", "0", "A-{n:03}")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.problems()).containsExactly(
                        PlanProblem.of("booth.error.outside-hall", "A-010", "4", "30", "20"),
                        PlanProblem.of("booth.error.outside-hall", "A-020", "4", "30", "20")));
        assertThat(booths.plan(hall.id()).booths()).isEmpty();
    }

    @Test
    void a_block_overlapping_an_existing_booth_creates_nothing_and_names_both_booths() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        booths.generate(hall.id(), block(1, 1, "10", "10", "X-{n}"));

        assertThatThrownBy(() -> booths.generate(hall.id(), block(2, 4, "4.5", "8", "A-{n:03}")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(overlappingPairs(e))
                        .containsExactlyInAnyOrder("A-002/X-1", "A-003/X-1", "A-006/X-1", "A-007/X-1"));
        assertThat(booths.plan(hall.id()).booths()).extracting(BoothSummary::code).containsExactly("X-1");
    }

    @Test
    void blocks_that_only_touch_an_existing_booth_along_an_edge_or_at_a_corner_are_accepted() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        booths.generate(hall.id(), block(1, 1, "10", "10", "X-{n}"));

        booths.generate(hall.id(), block(1, 2, "13", "10", "E-{n}"));
        booths.generate(hall.id(), block(1, 1, "13", "13", "C-{n}"));
        booths.generate(hall.id(), block(1, 1, "7", "7", "NW-{n}"));
        booths.generate(hall.id(), block(1, 1, "0", "0", "EDGE-{n}"));
        booths.generate(hall.id(), block(1, 1, "127", "97", "CORNER-{n}"));

        assertThat(booths.plan(hall.id()).booths()).hasSize(7);
    }

    @Test
    void a_code_is_used_once_per_event_in_any_hall_and_whatever_its_case() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary four = halls.create(event.id(), hall("4", "130", "100"));
        HallSummary five = halls.create(event.id(), hall("5", "130", "100"));
        booths.generate(four.id(), block(1, 3, "0", "0", "A-{n:03}"));

        assertThatThrownBy(() -> booths.generate(five.id(), block(1, 2, "0", "0", "a-{n:03}")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.problems()).containsExactly(
                        PlanProblem.of("booth.error.codes-taken", 2, "A-001, A-002")));
        assertThatThrownBy(() -> booths.generate(five.id(), block(1, 3, "0", "0", "A-{row}")))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.problems()).containsExactly(
                        PlanProblem.of("booth.error.code-repeated", "A-1")));

        EventSummary other = signInAsOrganiserOfNewEvent(data);
        HallSummary otherHall = halls.create(other.id(), hall("4", "130", "100"));
        assertThat(booths.generate(otherHall.id(), block(1, 3, "0", "0", "A-{n:03}"))).hasSize(3);
    }

    @Test
    void the_preview_counts_the_block_and_lists_every_problem_without_saving_anything() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "30", "20"));
        booths.generate(hall.id(), block(1, 1, "0", "0", "A-{n:03}"));

        BoothBlock block = block(2, 10, "0", "0", "A-{n:03}");
        block.setRowAisle(m("3"));
        BlockPreview preview = booths.preview(hall.id(), block);
        assertThat(preview.count()).isEqualTo(20);
        assertThat(preview.firstCode()).isEqualTo("A-001");
        assertThat(preview.lastCode()).isEqualTo("A-020");
        assertThat(preview.outerWidth()).isEqualByComparingTo("30");
        assertThat(preview.outerDepth()).isEqualByComparingTo("9");
        assertThat(preview.totalArea()).isEqualByComparingTo("180");
        assertThat(preview.totalPrice()).isEqualByComparingTo("136000");
        assertThat(preview.problems()).containsExactly(PlanProblem.of("booth.error.code-taken", "A-001"),
                PlanProblem.of("booth.error.overlap", "A-001", "A-001"));

        block.setFirstNumber(2);
        block.setY(m("3"));
        assertThat(booths.preview(hall.id(), block).valid()).isTrue();
        block.setCodePattern("A-{x}");
        assertThat(booths.preview(hall.id(), block).problems()).containsExactly(PlanProblem.of("booth.error.pattern.unknown", "{x}"));
        assertThat(booths.plan(hall.id()).booths()).hasSize(1);
    }

    @Test
    void an_edit_that_moves_a_booth_onto_another_is_refused_and_a_move_to_free_floor_is_saved() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        List<BoothSummary> row = booths.generate(hall.id(), block(1, 2, "10", "10", "A-{n:03}"));
        BoothDraft draft = booths.draftOf(row.getFirst().id());

        draft.setX(m("11.5"));
        assertThatThrownBy(() -> booths.update(row.getFirst().id(), draft)).isInstanceOfSatisfying(PlanRuleException.class,
                e -> assertThat(e.problems()).containsExactly(PlanProblem.of("booth.error.overlap", "A-001", "A-002")));

        draft.setX(m("40"));
        draft.setY(m("50.25"));
        draft.setWidth(m("6"));
        draft.setKind(BoothKind.RAW_SPACE);
        draft.setPrice(m("12000"));
        draft.setCode("r-01");
        BoothSummary moved = booths.update(row.getFirst().id(), draft);
        assertThat(moved.code()).isEqualTo("R-01");
        assertThat(moved.x()).isEqualByComparingTo("40");
        assertThat(moved.y()).isEqualByComparingTo("50.25");
        assertThat(moved.area()).isEqualByComparingTo("18");
        assertThat(moved.kind()).isEqualTo(BoothKind.RAW_SPACE);
        assertThat(moved.price()).isEqualByComparingTo("12000");
    }

    @Test
    void an_edit_read_before_someone_else_saved_cannot_overwrite_their_change() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        BoothSummary booth = booths.generate(hall.id(), block(1, 1, "10", "10", "A-{n:03}")).getFirst();
        BoothDraft mine = booths.draftOf(booth.id());
        BoothDraft theirs = booths.draftOf(booth.id());
        theirs.setPrice(m("7200"));
        booths.update(booth.id(), theirs);

        mine.setPrice(m("5000"));
        assertThatThrownBy(() -> booths.update(booth.id(), mine)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
        assertThatThrownBy(() -> booths.setBlocked(booth.ref(), true)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
        assertThat(booths.find(booth.id()).orElseThrow().price()).isEqualByComparingTo("7200");
    }

    @Test
    void a_blocked_booth_returns_to_its_reservation_when_unblocked() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        BoothBlock block = block(1, 1, "10", "10", "S-{n:02}");
        block.setReservedCategory("非遗文创");
        BoothSummary booth = booths.generate(hall.id(), block).getFirst();
        assertThat(booth.status()).isEqualTo(BoothStatus.RESERVED);

        BoothSummary blocked = booths.setBlocked(booth.ref(), true);
        assertThat(blocked.status()).isEqualTo(BoothStatus.BLOCKED);
        BoothSummary released = booths.setBlocked(blocked.ref(), false);
        assertThat(released.status()).isEqualTo(BoothStatus.RESERVED);
        assertThat(released.reservedCategory()).isEqualTo("非遗文创");
    }

    @Test
    void a_hall_cannot_shrink_under_its_booths() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        booths.generate(hall.id(), block(1, 2, "120", "0", "A-{n:03}"));
        HallDraft smaller = halls.draftOf(hall.id());
        smaller.setWidth(m("125"));

        assertThatThrownBy(() -> halls.update(hall.id(), smaller)).isInstanceOfSatisfying(PlanRuleException.class,
                e -> assertThat(e.problems()).containsExactly(PlanProblem.of("booth.error.outside-hall", "A-002", "4", "125", "100")));
        smaller.setWidth(m("126"));
        assertThat(halls.update(hall.id(), smaller).width()).isEqualByComparingTo("126");
    }

    @Test
    void the_grid_filters_by_hall_status_kind_and_code_and_pages_in_the_database() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary four = halls.create(event.id(), hall("4", "130", "100"));
        HallSummary five = halls.create(event.id(), hall("5", "130", "100"));
        List<BoothSummary> a = booths.generate(four.id(), block(2, 5, "0", "0", "A-{n:03}"));
        BoothBlock raw = block(1, 2, "0", "0", "R-{n}");
        raw.setKind(BoothKind.RAW_SPACE);
        booths.generate(five.id(), raw);
        booths.setBlocked(a.get(3).ref(), true);

        assertThat(booths.count(event.id(), BoothFilter.all())).isEqualTo(12);
        assertThat(booths.count(event.id(), new BoothFilter(four.id(), null, null, null))).isEqualTo(10);
        assertThat(booths.count(event.id(), new BoothFilter(null, BoothStatus.BLOCKED, null, null))).isEqualTo(1);
        assertThat(booths.count(event.id(), new BoothFilter(null, null, BoothKind.RAW_SPACE, null))).isEqualTo(2);
        assertThat(booths.count(event.id(), new BoothFilter(null, null, null, "a-00"))).isEqualTo(9);
        assertThat(booths.list(event.id(), BoothFilter.all(), PageRequest.of(1, 5)).getContent())
                .extracting(BoothSummary::code).containsExactly("A-006", "A-007", "A-008", "A-009", "A-010");
    }

    @Test
    void chinese_names_categories_and_entrances_come_back_as_they_were_saved() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallDraft draft = hall("4", "130", "100");
        draft.setNameZh("小商品城三期 4 号馆（一楼）😀");
        draft.setNameEn("Hall 4, Phase 3 — ground floor");
        draft.setEntrances(List.of(new Entrance("北门（主入口）", Wall.NORTH, m("65")), new Entrance("东 1 门", Wall.EAST, m("20.5"))));
        HallSummary hall = halls.create(event.id(), draft);
        BoothBlock block = block(1, 1, "0", "0", "非遗-{n:02}");
        block.setReservedCategory("非物质文化遗产·文创");
        booths.generate(hall.id(), block);

        HallSummary read = halls.find(hall.id()).orElseThrow();
        assertThat(read.nameZh()).isEqualTo("小商品城三期 4 号馆（一楼）😀");
        assertThat(read.nameEn()).isEqualTo("Hall 4, Phase 3 — ground floor");
        assertThat(read.entrances()).extracting(Entrance::label).containsExactly("北门（主入口）", "东 1 门");
        assertThat(read.entrances().get(1).offset()).isEqualByComparingTo("20.5");
        BoothSummary booth = booths.plan(hall.id()).booths().getFirst();
        assertThat(booth.code()).isEqualTo("非遗-01");
        assertThat(booth.reservedCategory()).isEqualTo("非物质文化遗产·文创");
    }

    @Test
    void occupancy_counts_booths_per_hall_and_status_with_their_area() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary four = halls.create(event.id(), hall("4", "130", "100"));
        halls.create(event.id(), hall("5", "130", "100"));
        List<BoothSummary> created = booths.generate(four.id(), block(1, 4, "0", "0", "A-{n:03}"));
        booths.setBlocked(created.get(1).ref(), true);

        List<HallOccupancy> occupancy = booths.occupancy(event.id());
        assertThat(occupancy).extracting(o -> o.hall().code()).containsExactly("4", "5");
        assertThat(occupancy.getFirst().count(BoothStatus.FREE)).isEqualTo(3);
        assertThat(occupancy.getFirst().count(BoothStatus.BLOCKED)).isEqualTo(1);
        assertThat(occupancy.getFirst().boothArea()).isEqualByComparingTo("36");
        assertThat(occupancy.get(1).total()).isZero();
    }

    @Test
    void a_deleted_booth_leaves_the_plan_and_its_code_can_be_used_again() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        HallSummary hall = halls.create(event.id(), hall("4", "130", "100"));
        BoothSummary booth = booths.generate(hall.id(), block(1, 1, "0", "0", "A-{n:03}")).getFirst();

        booths.delete(booth.ref());

        assertThat(booths.plan(hall.id()).booths()).isEmpty();
        assertThat(booths.generate(hall.id(), block(1, 1, "0", "0", "A-{n:03}"))).extracting(BoothSummary::code).containsExactly("A-001");
    }

    /** The overlaps a refusal names, each pair in alphabetical order: which booth the sweep met first does not matter. */
    static List<String> overlappingPairs(PlanRuleException e) {
        return e.problems().stream().filter(p -> p.messageKey().equals("booth.error.overlap"))
                .map(p -> p.arguments().stream().map(Object::toString).sorted().reduce((a, b) -> a + "/" + b).orElseThrow())
                .toList();
    }
}
