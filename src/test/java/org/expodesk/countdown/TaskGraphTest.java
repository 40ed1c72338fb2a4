package org.expodesk.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskGraphTest {

    private static TaskGraph.Node node(long id, long days, Long... dependsOn) {
        return new TaskGraph.Node(id, days, Set.of(dependsOn));
    }

    /**
     * 1 (3 d) → 2 (2 d) → 4 (4 d) and 1 → 3 (1 d) → 4; 5 (2 d) stands alone. The longest chain is 1-2-4 with 9 days;
     * 3 could slip one day and 5 seven days without delaying the end.
     */
    @Test
    void the_critical_path_of_a_known_graph_is_its_longest_chain() {
        var nodes = List.of(node(1, 3), node(2, 2, 1L), node(3, 1, 1L), node(4, 4, 2L, 3L), node(5, 2));

        assertThat(TaskGraph.criticalPath(nodes)).containsExactlyInAnyOrder(1L, 2L, 4L);
    }

    @Test
    void two_chains_of_the_same_length_are_both_critical() {
        var nodes = List.of(node(1, 2), node(2, 3, 1L), node(3, 3, 1L), node(4, 1, 2L, 3L));

        assertThat(TaskGraph.criticalPath(nodes)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void a_long_task_on_its_own_is_the_critical_path_when_it_is_longer_than_every_chain() {
        var nodes = List.of(node(1, 2), node(2, 3, 1L), node(3, 10));

        assertThat(TaskGraph.criticalPath(nodes)).containsExactly(3L);
    }

    @Test
    void dependencies_on_tasks_outside_the_graph_are_ignored() {
        var nodes = List.of(node(1, 2, 99L), node(2, 3, 1L));

        assertThat(TaskGraph.criticalPath(nodes)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void a_cycle_is_found_and_named_from_its_first_task_back_to_it() {
        Map<Long, Set<Long>> dependsOn = Map.of(1L, Set.of(), 2L, Set.of(1L, 4L), 3L, Set.of(2L), 4L, Set.of(3L));

        List<Long> cycle = TaskGraph.cycle(dependsOn).orElseThrow();

        assertThat(cycle).hasSize(4);
        assertThat(cycle.getFirst()).isEqualTo(cycle.getLast());
        assertThat(cycle).containsOnly(2L, 3L, 4L);
    }

    @Test
    void a_graph_without_cycle_has_none_even_where_chains_join() {
        Map<Long, Set<Long>> dependsOn = Map.of(1L, Set.of(), 2L, Set.of(1L), 3L, Set.of(1L), 4L, Set.of(2L, 3L));

        assertThat(TaskGraph.cycle(dependsOn)).isEmpty();
    }

    @Test
    void a_task_depending_on_itself_is_a_cycle() {
        assertThat(TaskGraph.cycle(Map.of(7L, Set.of(7L)))).contains(List.of(7L, 7L));
    }
}
