package org.expodesk.shared.daily;

import java.util.List;
import java.util.Set;
import org.expodesk.shared.security.Role;

/**
 * One titled part of a daily summary, e.g. "Preparation tasks": counts with a label (message keys, so they read in
 * either language later) and lines of text already written in both languages (a task's title and owner).
 * {@code order} sorts the sections across features; {@code visibleTo} names the roles that may read it.
 */
public record DailySummarySection(String id, String titleKey, int order, Set<Role> visibleTo,
        List<DailySummaryFigure> figures, List<DailySummaryLine> lines) {

    public DailySummarySection {
        visibleTo = Set.copyOf(visibleTo);
        figures = List.copyOf(figures);
        lines = List.copyOf(lines);
    }

    public boolean visibleToAny(Set<Role> roles) {
        return roles.stream().anyMatch(visibleTo::contains);
    }
}
