package org.expodesk.countdown;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A task as screens and other features see it; {@code late} is judged on the day the summary was read, in the event's time zone. */
public record TaskSummary(long id, long eventId, String titleZh, @Nullable String titleEn, Workstream workstream,
        @Nullable Long ownerPersonId, @Nullable Long ownerUnitId, LocalDate startDate, LocalDate deadline,
        TaskStatus status, int progress, @Nullable LocalDate doneOn, List<Long> dependsOn, boolean late, long version) {

    public TaskSummary {
        dependsOn = List.copyOf(dependsOn);
    }

    public String title(Locale locale) {
        return AppLocales.isChinese(locale) || titleEn == null || titleEn.isBlank() ? titleZh : titleEn;
    }

    /** Days from start to deadline, both included. */
    public long durationDays() {
        return ChronoUnit.DAYS.between(startDate, deadline) + 1;
    }
}
