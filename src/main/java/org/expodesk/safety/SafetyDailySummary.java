package org.expodesk.safety;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.shared.daily.DailySummaryContribution;
import org.expodesk.shared.daily.DailySummaryFigure;
import org.expodesk.shared.daily.DailySummaryLine;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Safety's part of the daily summary: inspections done and failed that day, rectifications open and overdue, and
 * each critical failure found that day as a line in both languages. For the office and the safety team.
 */
@Component
class SafetyDailySummary implements DailySummaryContribution {

    static final int ORDER = 20;

    private final SafetyService safety;

    SafetyDailySummary(SafetyService safety) {
        this.safety = safety;
    }

    @Override
    public List<DailySummarySection> sections(long eventId, LocalDate day) {
        SafetyDayFigures f = safety.dayFigures(eventId, day);
        List<DailySummaryLine> lines = f.critical().stream()
                .map(c -> new DailySummaryLine("safety.summary.critical", c.targetName() + "：" + c.itemZh(), c.targetName() + ": " + c.itemEn()))
                .toList();
        return List.of(new DailySummarySection("safety", "safety.summary.section", ORDER, EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.SAFETY),
                List.of(new DailySummaryFigure("safety.summary.inspections-done", f.inspectionsDone()),
                        new DailySummaryFigure("safety.summary.inspections-failed", f.inspectionsFailed()),
                        new DailySummaryFigure("safety.summary.open-rectifications", f.openRectifications()),
                        new DailySummaryFigure("safety.summary.overdue-rectifications", f.overdueRectifications())),
                lines));
    }
}
