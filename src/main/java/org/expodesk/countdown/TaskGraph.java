package org.expodesk.countdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dependencies of an event's tasks as a graph (finish-to-start): the cycle a change would create, and the
 * critical path. Pure, so both are unit-tested on small graphs whose answer is known.
 */
public final class TaskGraph {

    /** A task as the critical path sees it: its length in days and what it waits for. */
    public record Node(long id, long durationDays, Set<Long> dependsOn) {

        public Node {
            dependsOn = Set.copyOf(dependsOn);
        }
    }

    private TaskGraph() {
    }

    /**
     * A cycle in the graph, as the ids along it with the first repeated at the end ({@code [a, b, a]}: a waits
     * for b, b for a), or empty. Dependencies on ids outside the map are ignored.
     */
    public static Optional<List<Long>> cycle(Map<Long, Set<Long>> dependsOn) {
        Map<Long, Integer> state = new HashMap<>(); // 1 on the current path, 2 finished
        for (Long start : dependsOn.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<Long> path = new ArrayDeque<>();
            Optional<List<Long>> found = visit(start, dependsOn, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Long>> visit(Long id, Map<Long, Set<Long>> dependsOn, Map<Long, Integer> state, Deque<Long> path) {
        state.put(id, 1);
        path.addLast(id);
        for (Long next : dependsOn.getOrDefault(id, Set.of())) {
            if (!dependsOn.containsKey(next)) {
                continue;
            }
            Integer seen = state.get(next);
            if (seen == null) {
                Optional<List<Long>> found = visit(next, dependsOn, state, path);
                if (found.isPresent()) {
                    return found;
                }
            } else if (seen == 1) {
                List<Long> onPath = new ArrayList<>(path);
                List<Long> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(next), onPath.size()));
                cycle.add(next);
                return Optional.of(cycle);
            }
        }
        path.removeLast();
        state.put(id, 2);
        return Optional.empty();
    }

    /**
     * The tasks on the critical path: the longest chain of durations through the dependencies, found with the
     * critical path method (earliest start forwards, latest start backwards from the end of the longest chain;
     * a task is critical when the two are equal, i.e. any delay of it delays the end). Several chains of the same
     * length are all critical. The graph must be acyclic (the service refuses cycles).
     */
    public static Set<Long> criticalPath(Collection<Node> nodes) {
        Map<Long, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<Node> order = topological(byId);
        Map<Long, Long> earliestStart = new HashMap<>();
        Map<Long, List<Long>> successors = new HashMap<>();
        long end = 0;
        for (Node node : order) {
            long start = 0;
            for (Long before : node.dependsOn()) {
                if (byId.containsKey(before)) {
                    start = Math.max(start, earliestStart.get(before) + byId.get(before).durationDays());
                    successors.computeIfAbsent(before, k -> new ArrayList<>()).add(node.id());
                }
            }
            earliestStart.put(node.id(), start);
            end = Math.max(end, start + node.durationDays());
        }
        Map<Long, Long> latestStart = new HashMap<>();
        Set<Long> critical = new HashSet<>();
        for (Node node : order.reversed()) {
            long latestFinish = end;
            for (Long after : successors.getOrDefault(node.id(), List.of())) {
                latestFinish = Math.min(latestFinish, latestStart.get(after));
            }
            long latest = latestFinish - node.durationDays();
            latestStart.put(node.id(), latest);
            if (latest == earliestStart.get(node.id())) {
                critical.add(node.id());
            }
        }
        return critical;
    }

    private static List<Node> topological(Map<Long, Node> byId) {
        Map<Long, Integer> waiting = new HashMap<>();
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Node node : byId.values()) {
            int count = 0;
            for (Long before : node.dependsOn()) {
                if (byId.containsKey(before)) {
                    count++;
                    successors.computeIfAbsent(before, k -> new ArrayList<>()).add(node.id());
                }
            }
            waiting.put(node.id(), count);
        }
        Deque<Long> ready = new ArrayDeque<>();
        waiting.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<Node> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Long id = ready.poll();
            order.add(byId.get(id));
            for (Long after : successors.getOrDefault(id, List.of())) {
                if (waiting.merge(after, -1, Integer::sum) == 0) {
                    ready.add(after);
                }
            }
        }
        if (order.size() != byId.size()) {
            throw new IllegalArgumentException("The task dependencies form a cycle");
        }
        return order;
    }
}
