package org.expodesk.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The conflict rules of the programme, free of storage so they are tested on their own:
 * <ul>
 * <li>Two sessions clash when their times overlap: [start, end) intervals, so a session ending at 11:00 and
 * one starting at 11:00 do not.</li>
 * <li>Overlapping sessions in the same place (the same hall, or the same named room or outside place) clash.</li>
 * <li>A person in both overlapping sessions clashes when they speak in either or are a VIP in either: their time is
 * planned. Ordinary participants listed in two sessions at once do not (delegation lists are attached widely).</li>
 * <li>A session must lie within the fair days in the event's time zone: from the first day's midnight to the
 * midnight after the last day, both included.</li>
 * </ul>
 */
final class ConflictRules {

    /** What the rules need to know about a session; {@code id} 0 for one not saved yet. */
    record Slot(long id, String titleZh, String titleEn, Instant start, Instant end, String placeKey, List<SessionPerson> people) {

        static Slot of(SessionSummary s) {
            return new Slot(s.id(), s.titleZh(), s.titleEn() == null ? "" : s.titleEn(), s.start(), s.end(),
                    s.place().key(), s.people());
        }

        boolean overlaps(Slot other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    private ConflictRules() {
    }

    static List<SessionConflict> check(Slot candidate, Collection<Slot> others, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        List<SessionConflict> conflicts = new ArrayList<>();
        Instant opens = firstDay.atStartOfDay(zone).toInstant();
        Instant closes = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        if (candidate.start().isBefore(opens) || candidate.end().isAfter(closes)) {
            conflicts.add(SessionConflict.outsideEventDays());
        }
        Map<Long, SessionPerson> mine = candidate.people().stream()
                .collect(Collectors.toMap(SessionPerson::personId, Function.identity(), ConflictRules::weightier));
        for (Slot other : others) {
            if (other.id() == candidate.id() && candidate.id() != 0 || !candidate.overlaps(other)) {
                continue;
            }
            if (other.placeKey().equals(candidate.placeKey())) {
                conflicts.add(SessionConflict.samePlace(other.id(), other.titleZh(), other.titleEn(), other.start(), other.end()));
            }
            for (SessionPerson theirs : other.people()) {
                SessionPerson own = mine.get(theirs.personId());
                if (own != null && (own.mustBeThere() || theirs.mustBeThere())) {
                    conflicts.add(SessionConflict.personTwice(other.id(), other.titleZh(), other.titleEn(), other.start(),
                            other.end(), own.nameZh(), own.nameEn()));
                }
            }
        }
        return dedupe(conflicts);
    }

    /**
     * The conflicts of every session of a programme with the others, for the marks on lists and timelines. One sweep
     * over the sessions sorted by start: each is compared only with those that start before it ends.
     */
    static Map<Long, List<SessionConflict>> all(List<Slot> slots, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        List<Slot> sorted = slots.stream().sorted(java.util.Comparator.comparing(Slot::start).thenComparing(Slot::id)).toList();
        Map<Long, List<Slot>> overlapping = new java.util.HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Slot a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start().isBefore(a.end()); j++) {
                Slot b = sorted.get(j);
                overlapping.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(b);
                overlapping.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<Long, List<SessionConflict>> result = new java.util.HashMap<>();
        for (Slot slot : sorted) {
            List<SessionConflict> found = check(slot, overlapping.getOrDefault(slot.id(), List.of()), firstDay, lastDay, zone);
            if (!found.isEmpty()) {
                result.put(slot.id(), found);
            }
        }
        return result;
    }

    /** A person listed twice in one session counts with their weightier part. */
    private static SessionPerson weightier(SessionPerson a, SessionPerson b) {
        return a.mustBeThere() ? a : b;
    }

    /** One line per other session and person, even if someone is listed twice over there. */
    private static List<SessionConflict> dedupe(List<SessionConflict> conflicts) {
        return conflicts.stream().distinct().toList();
    }
}
