package org.expodesk.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * A session as screens, prints and other features see it. {@code start} and {@code end} are instants; the local
 * times in the event's {@code timeZone} are what people read. {@code conflictsKeptBy} names the organiser who saved
 * it knowingly with conflicts (shown with a mark), null when it had none.
 */
public record SessionSummary(long id, long eventId, SessionKind kind, String titleZh, @Nullable String titleEn,
        @Nullable String descriptionZh, @Nullable String descriptionEn, Instant start, Instant end, ZoneId timeZone,
        SessionPlace place, @Nullable Long hostUnitId, @Nullable String hostUnitNameZh, @Nullable String hostUnitNameEn,
        List<SessionPerson> people, boolean publicSession, @Nullable String dressCode, @Nullable String notes,
        @Nullable String conflictsKeptBy, @Nullable Instant conflictsKeptAt, long version) {

    public SessionSummary {
        people = List.copyOf(people);
    }

    public String title(Locale locale) {
        return AppLocales.isChinese(locale) || titleEn == null || titleEn.isBlank() ? titleZh : titleEn;
    }

    public @Nullable String description(Locale locale) {
        return AppLocales.isChinese(locale) || descriptionEn == null || descriptionEn.isBlank() ? descriptionZh : descriptionEn;
    }

    public @Nullable String hostUnitName(Locale locale) {
        return AppLocales.isChinese(locale) || hostUnitNameEn == null || hostUnitNameEn.isBlank() ? hostUnitNameZh : hostUnitNameEn;
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(start, timeZone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(end, timeZone);
    }

    /** The fair day the session belongs to: the day it starts on, in the event's time zone. */
    public LocalDate day() {
        return localStart().toLocalDate();
    }

    public List<SessionPerson> speakers() {
        return people.stream().filter(p -> p.role() == SessionRole.SPEAKER).toList();
    }

    public List<SessionPerson> participants() {
        return people.stream().filter(p -> p.role() == SessionRole.PARTICIPANT).toList();
    }

    public boolean conflictsKept() {
        return conflictsKeptBy != null;
    }

    public boolean involves(long personId) {
        return people.stream().anyMatch(p -> p.personId() == personId);
    }
}
