package org.expodesk.countdown;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.daily.DailySummaryContribution;
import org.expodesk.shared.daily.DailySummaryFigure;
import org.expodesk.shared.daily.DailySummaryLine;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.security.Role;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.springframework.stereotype.Component;

/**
 * The countdown's part of the daily summary: tasks done that day and tasks late at its end (deadline passed, not
 * done), each with its owner, plus the overall progress. For the office only. Statuses are those at composing
 * time: the summary is written on the evening of its day.
 */
@Component
class CountdownDailySummary implements DailySummaryContribution {

    static final int ORDER = 10;

    private final CountdownService countdown;
    private final PersonService persons;
    private final UnitService units;
    private final ExpoDeskI18NProvider texts;

    CountdownDailySummary(CountdownService countdown, PersonService persons, UnitService units, ExpoDeskI18NProvider texts) {
        this.countdown = countdown;
        this.persons = persons;
        this.units = units;
        this.texts = texts;
    }

    @Override
    public List<DailySummarySection> sections(long eventId, LocalDate day) {
        List<TaskSummary> all = countdown.tasks(eventId);
        if (all.isEmpty()) {
            return List.of();
        }
        List<TaskSummary> doneToday = all.stream().filter(t -> day.equals(t.doneOn())).toList();
        List<TaskSummary> late = all.stream().filter(t -> lateOn(t, day)).sorted(Comparator.comparing(TaskSummary::deadline)).toList();
        long inProgress = all.stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).count();
        long done = all.stream().filter(t -> t.status() == TaskStatus.DONE).count();
        Map<Long, UnitSummary> unitById = units.tree().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        Map<Long, PersonSummary> personById = persons.findAll(all.stream().map(TaskSummary::ownerPersonId).filter(Objects::nonNull).toList());

        List<DailySummaryLine> lines = new ArrayList<>();
        for (TaskSummary task : doneToday) {
            lines.add(new DailySummaryLine("countdown.summary.done-today", line(task, unitById, personById, true, 0),
                    line(task, unitById, personById, false, 0)));
        }
        for (TaskSummary task : late) {
            long days = ChronoUnit.DAYS.between(task.deadline(), day);
            lines.add(new DailySummaryLine("countdown.summary.late", line(task, unitById, personById, true, days),
                    line(task, unitById, personById, false, days)));
        }
        List<DailySummaryFigure> figures = List.of(
                new DailySummaryFigure("countdown.summary.figure.done-today", doneToday.size()),
                new DailySummaryFigure("countdown.summary.figure.late", late.size()),
                new DailySummaryFigure("countdown.summary.figure.in-progress", inProgress),
                new DailySummaryFigure("countdown.summary.figure.done-percent", Math.round(100.0 * done / all.size())));
        return List.of(new DailySummarySection("countdown", "countdown.summary.section", ORDER,
                EnumSet.of(Role.ADMIN, Role.ORGANISER), figures, lines));
    }

    /** Late on {@code day} by the same rule as everywhere: its deadline passed before that day and it is not done. */
    static boolean lateOn(TaskSummary task, LocalDate day) {
        return task.status() != TaskStatus.DONE && task.deadline().isBefore(day);
    }

    private String line(TaskSummary task, Map<Long, UnitSummary> units, Map<Long, PersonSummary> persons, boolean chinese, long daysLate) {
        var locale = chinese ? AppLocales.ZH_CN : AppLocales.EN;
        List<String> owner = new ArrayList<>();
        if (task.ownerUnitId() != null && units.containsKey(task.ownerUnitId())) {
            owner.add(units.get(task.ownerUnitId()).name(locale));
        }
        if (task.ownerPersonId() != null && persons.containsKey(task.ownerPersonId())) {
            owner.add(persons.get(task.ownerPersonId()).displayName(locale));
        }
        String who = owner.isEmpty() ? texts.getTranslation("countdown.owner.none", locale) : String.join(" · ", owner);
        return daysLate > 0
                ? texts.getTranslation("countdown.summary.line.late", locale, task.title(locale), who, task.deadline().toString(), daysLate)
                : texts.getTranslation("countdown.summary.line.done", locale, task.title(locale), who);
    }
}
