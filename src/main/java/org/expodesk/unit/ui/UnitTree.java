package org.expodesk.unit.ui;

import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.expodesk.person.PersonSummary;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * The units as a tree for the grid, cut down to a search. A match is shown with the units above it, so the
 * office sees where it belongs (溪口镇 under 云溪县 under 青山市) instead of a loose row.
 */
final class UnitTree {

    private UnitTree() {
    }

    static TreeData<UnitSummary> of(List<UnitSummary> units, Predicate<UnitSummary> matches) {
        Map<Long, UnitSummary> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<Long> shown = new HashSet<>();
        for (UnitSummary unit : units) {
            if (matches.test(unit)) {
                // Climbs to the root, or stops at an ancestor an earlier match already brought in.
                UnitSummary u = unit;
                while (u != null && shown.add(u.id())) {
                    u = parentOf(u, byId);
                }
            }
        }
        // Grouped by parent rather than added in list order: the tree stays right whatever order the list comes in.
        Map<Long, List<UnitSummary>> children = new LinkedHashMap<>();
        List<UnitSummary> roots = new ArrayList<>();
        for (UnitSummary unit : units) {
            if (!shown.contains(unit.id())) {
                continue;
            }
            UnitSummary parent = parentOf(unit, byId);
            if (parent == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(parent.id(), id -> new ArrayList<>()).add(unit);
            }
        }
        TreeData<UnitSummary> data = new TreeData<>();
        add(data, null, roots, children);
        return data;
    }

    /**
     * What the search box finds: the unit's names, its kind, and the names and phones of its leader and liaison
     * (a caller's number is often all the office has). Case and the spaces and dashes in phone numbers are ignored.
     */
    static Predicate<UnitSummary> matching(@Nullable String query, Function<UnitKind, String> kindLabel) {
        String needle = normalise(query);
        if (needle.isEmpty()) {
            return unit -> true;
        }
        return unit -> Stream.of(unit.nameZh(), unit.nameEn(), kindLabel.apply(unit.kind()),
                        name(unit.leader()), nameEn(unit.leader()), mobile(unit.leader()), office(unit.leader()),
                        name(unit.liaison()), nameEn(unit.liaison()), mobile(unit.liaison()), office(unit.liaison()))
                .anyMatch(text -> normalise(text).contains(needle));
    }

    private static void add(TreeData<UnitSummary> data, @Nullable UnitSummary parent, List<UnitSummary> level,
            Map<Long, List<UnitSummary>> children) {
        for (UnitSummary unit : level) {
            data.addItem(parent, unit);
            add(data, unit, children.getOrDefault(unit.id(), List.of()), children);
        }
    }

    private static @Nullable UnitSummary parentOf(UnitSummary unit, Map<Long, UnitSummary> byId) {
        return unit.parentId() == null ? null : byId.get(unit.parentId());
    }

    private static String normalise(@Nullable String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-()]", "");
    }

    private static @Nullable String name(@Nullable PersonSummary p) {
        return p == null ? null : p.nameZh();
    }

    private static @Nullable String nameEn(@Nullable PersonSummary p) {
        return p == null ? null : p.nameEn();
    }

    private static @Nullable String mobile(@Nullable PersonSummary p) {
        return p == null ? null : p.mobile();
    }

    private static @Nullable String office(@Nullable PersonSummary p) {
        return p == null ? null : p.officePhone();
    }
}
