package org.expodesk.booth.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.expodesk.booth.PlanProblem;

/**
 * The rules every change to a hall's plan must keep, checked on footprints before anything is saved: each
 * changed booth lies inside the hall, overlaps no other booth of the hall (touching is fine), and has a code
 * no other booth of the event uses. Each reason names the booths concerned; long lists are cut short.
 */
public final class PlanChecks {

    /** Reasons listed per kind before "and n more": enough to see the pattern of a mistake. */
    static final int LISTED = 8;

    private PlanChecks() {
    }

    /**
     * @param hall        the hall's size and code
     * @param unchanged   the hall's other booths, as stored
     * @param changed     the new or moved booths
     * @param codesTaken  codes of {@code changed} already used by other booths of the event
     */
    public static List<PlanProblem> check(HallSize hall, Collection<Footprint> unchanged, List<Footprint> changed,
            Collection<String> codesTaken) {
        List<PlanProblem> problems = new ArrayList<>();
        addCodeProblems(changed, codesTaken, problems);
        List<PlanProblem> outside = new ArrayList<>();
        for (Footprint f : changed) {
            if (!f.insideHall(hall.width(), hall.depth())) {
                outside.add(PlanProblem.of("booth.error.outside-hall", f.code(), hall.code(),
                        Metres.text(hall.width()), Metres.text(hall.depth())));
            }
        }
        addShortened(outside, problems);
        addShortened(overlaps(unchanged, changed), problems);
        return problems;
    }

    /** The size of a hall in centimetres, and its code for messages. */
    public record HallSize(String code, long width, long depth) {
    }

    private static void addCodeProblems(List<Footprint> changed, Collection<String> codesTaken, List<PlanProblem> problems) {
        List<PlanProblem> codes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Footprint f : changed) {
            if (seen.merge(f.code(), 1, Integer::sum) == 2) {
                codes.add(PlanProblem.of("booth.error.code-repeated", f.code()));
            }
            if (f.code().length() > 30) {
                codes.add(PlanProblem.of("booth.error.code-too-long", f.code()));
            }
        }
        List<String> taken = codesTaken.stream().sorted().toList();
        if (taken.size() == 1) {
            codes.add(PlanProblem.of("booth.error.code-taken", taken.getFirst()));
        } else if (taken.size() > 1) {
            // A block generated twice takes every code again: one line with the codes reads better than twenty.
            String listed = String.join(", ", taken.subList(0, Math.min(LISTED, taken.size()))) + (taken.size() > LISTED ? " …" : "");
            codes.add(PlanProblem.of("booth.error.codes-taken", taken.size(), listed));
        }
        addShortened(codes, problems);
    }

    private static List<PlanProblem> overlaps(Collection<Footprint> unchanged, List<Footprint> changed) {
        Set<Footprint> isChanged = Collections.newSetFromMap(new IdentityHashMap<>());
        isChanged.addAll(changed);
        List<Footprint> all = new ArrayList<>(unchanged.size() + changed.size());
        all.addAll(unchanged);
        all.addAll(changed);
        List<PlanProblem> found = new ArrayList<>();
        // Generous limit: only pairs with a changed booth count, and the list is cut short anyway.
        for (OverlapSweep.Overlap o : OverlapSweep.find(all, 10_000)) {
            if (isChanged.contains(o.first()) || isChanged.contains(o.second())) {
                found.add(PlanProblem.of("booth.error.overlap", o.first().code(), o.second().code()));
            }
        }
        return found;
    }

    private static void addShortened(List<PlanProblem> found, List<PlanProblem> problems) {
        problems.addAll(shortened(found));
    }

    /** The first few reasons, then "and n more". */
    public static List<PlanProblem> shortened(List<PlanProblem> found) {
        if (found.size() <= LISTED) {
            return found;
        }
        List<PlanProblem> listed = new ArrayList<>(found.subList(0, LISTED));
        listed.add(PlanProblem.of("booth.error.and-more", found.size() - LISTED));
        return listed;
    }
}
