package org.expodesk.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.expodesk.programme.ConflictRules.Slot;
import org.expodesk.programme.SessionConflict.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The conflict rules on their own: overlaps, touching times, people, and the event's days in its own time zone. */
class ConflictRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST = LocalDate.of(2026, 10, 16);
    static final LocalDate LAST = LocalDate.of(2026, 10, 18);

    static final SessionPerson WANG_SPEAKS = new SessionPerson(1, SessionRole.SPEAKER, false, "王志刚", "Wang Zhigang", "副县长");
    static final SessionPerson WANG_ATTENDS = new SessionPerson(1, SessionRole.PARTICIPANT, false, "王志刚", "Wang Zhigang", "副县长");
    static final SessionPerson WANG_VIP = new SessionPerson(1, SessionRole.PARTICIPANT, true, "王志刚", "Wang Zhigang", "副县长");
    static final SessionPerson LI_ATTENDS = new SessionPerson(2, SessionRole.PARTICIPANT, false, "李敏", "Li Min", null);

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Slot slot(long id, String from, String to, String place, SessionPerson... people) {
        return slot(id, from, to, SHANGHAI, place, people);
    }

    static Slot slot(long id, String from, String to, ZoneId zone, String place, SessionPerson... people) {
        return new Slot(id, "活动" + id, "Session " + id, at(from, zone), at(to, zone), place, List.of(people));
    }

    static List<SessionConflict> check(Slot candidate, Slot... others) {
        return ConflictRules.check(candidate, List.of(others), FIRST, LAST, SHANGHAI);
    }

    @Nested
    class Places {

        @Test
        void two_sessions_in_the_same_hall_at_once_clash() {
            List<SessionConflict> conflicts = check(slot(0, "2026-10-16T10:00", "2026-10-16T11:30", "hall:4"),
                    slot(7, "2026-10-16T11:00", "2026-10-16T12:00", "hall:4"));

            assertThat(conflicts).extracting(SessionConflict::kind, SessionConflict::otherSessionId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Kind.SAME_PLACE, 7L));
            assertThat(conflicts.getFirst().otherTitleZh()).isEqualTo("活动7");
        }

        @Test
        void touching_times_are_not_a_conflict() {
            assertThat(check(slot(0, "2026-10-16T11:00", "2026-10-16T12:00", "hall:4"),
                    slot(7, "2026-10-16T10:00", "2026-10-16T11:00", "hall:4"),
                    slot(8, "2026-10-16T12:00", "2026-10-16T13:00", "hall:4"))).isEmpty();
        }

        @Test
        void a_session_inside_another_or_around_it_clashes() {
            assertThat(check(slot(0, "2026-10-16T09:00", "2026-10-16T17:00", "place:3"),
                    slot(7, "2026-10-16T10:00", "2026-10-16T10:30", "place:3"))).hasSize(1);
            assertThat(check(slot(0, "2026-10-16T10:00", "2026-10-16T10:30", "place:3"),
                    slot(7, "2026-10-16T09:00", "2026-10-16T17:00", "place:3"))).hasSize(1);
            assertThat(check(slot(0, "2026-10-16T10:00", "2026-10-16T10:30", "place:3"),
                    slot(7, "2026-10-16T10:00", "2026-10-16T10:30", "place:3"))).hasSize(1);
        }

        @Test
        void a_hall_and_a_room_with_the_same_id_number_are_different_places() {
            assertThat(check(slot(0, "2026-10-16T10:00", "2026-10-16T11:00", "hall:3"),
                    slot(7, "2026-10-16T10:00", "2026-10-16T11:00", "place:3"))).isEmpty();
        }

        @Test
        void a_session_does_not_clash_with_its_own_saved_version() {
            assertThat(check(slot(7, "2026-10-16T10:00", "2026-10-16T12:00", "hall:4", WANG_SPEAKS),
                    slot(7, "2026-10-16T10:00", "2026-10-16T11:00", "hall:4", WANG_SPEAKS))).isEmpty();
        }
    }

    @Nested
    class People {

        @Test
        void a_speaker_in_two_rooms_at_once_clashes_and_is_named() {
            List<SessionConflict> conflicts = check(slot(0, "2026-10-16T10:00", "2026-10-16T11:00", "place:1", WANG_SPEAKS),
                    slot(7, "2026-10-16T10:30", "2026-10-16T11:30", "place:2", WANG_ATTENDS));

            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(Kind.PERSON_TWICE);
                assertThat(c.personNameZh()).isEqualTo("王志刚");
                assertThat(c.arguments(java.util.Locale.ENGLISH)).containsExactly("Session 7", "Wang Zhigang");
            });
        }

        @Test
        void a_vip_in_two_sessions_at_once_clashes_whichever_session_marks_them() {
            assertThat(check(slot(0, "2026-10-16T10:00", "2026-10-16T11:00", "place:1", WANG_ATTENDS),
                    slot(7, "2026-10-16T10:30", "2026-10-16T11:30", "place:2", WANG_VIP))).hasSize(1);
            assertThat(check(slot(0, "2026-10-16T10:00", "2026-10-16T11:00", "place:1", WANG_VIP),
                    slot(7, "2026-10-16T10:30", "2026-10-16T11:30", "place:2", WANG_ATTENDS))).hasSize(1);
        }

        @Test
        void ordinary_participants_listed_in_two_sessions_at_once_do_not_clash() {
            assertThat(check(slot(0, "2026-10-16T10:00", "2026-10-16T11:00", "place:1", LI_ATTENDS, WANG_ATTENDS),
                    slot(7, "2026-10-16T10:30", "2026-10-16T11:30", "place:2", LI_ATTENDS, WANG_ATTENDS))).isEmpty();
        }

        @Test
        void a_speaker_going_straight_from_one_session_to_the_next_does_not_clash() {
            assertThat(check(slot(0, "2026-10-16T09:00", "2026-10-16T10:00", "hall:4", WANG_SPEAKS),
                    slot(7, "2026-10-16T10:00", "2026-10-16T11:00", "place:2", WANG_SPEAKS))).isEmpty();
        }

        @Test
        void same_place_and_same_speaker_give_two_reasons() {
            assertThat(check(slot(0, "2026-10-16T09:00", "2026-10-16T10:00", "hall:4", WANG_SPEAKS),
                    slot(7, "2026-10-16T09:30", "2026-10-16T11:00", "hall:4", WANG_SPEAKS)))
                    .extracting(SessionConflict::kind).containsExactly(Kind.SAME_PLACE, Kind.PERSON_TWICE);
        }
    }

    @Nested
    class EventDaysInTheEventsTimeZone {

        @Test
        void the_first_minute_of_the_first_day_and_the_last_minute_of_the_last_day_are_inside() {
            assertThat(check(slot(0, "2026-10-16T00:00", "2026-10-16T01:00", "hall:4"))).isEmpty();
            assertThat(check(slot(0, "2026-10-18T23:00", "2026-10-19T00:00", "hall:4"))).isEmpty();
        }

        @Test
        void a_session_the_evening_before_opening_or_running_past_midnight_after_closing_is_outside() {
            assertThat(check(slot(0, "2026-10-15T19:00", "2026-10-15T21:00", "hall:4")))
                    .extracting(SessionConflict::kind).containsExactly(Kind.OUTSIDE_EVENT_DAYS);
            assertThat(check(slot(0, "2026-10-18T23:00", "2026-10-19T00:30", "hall:4")))
                    .extracting(SessionConflict::kind).containsExactly(Kind.OUTSIDE_EVENT_DAYS);
        }

        @Test
        void a_banquet_at_00_30_shanghai_time_after_the_last_day_is_outside_though_it_is_still_the_last_day_in_utc() {
            Slot lateBanquet = slot(0, "2026-10-19T00:30", "2026-10-19T01:30", "place:9");
            assertThat(LocalDateTime.ofInstant(lateBanquet.start(), ZoneId.of("UTC")).toLocalDate()).isEqualTo(LAST);

            assertThat(check(lateBanquet)).extracting(SessionConflict::kind).containsExactly(Kind.OUTSIDE_EVENT_DAYS);
        }

        @Test
        void an_event_in_berlin_uses_berlin_midnight_not_shanghai_midnight() {
            // 07:30 in Shanghai on the first day is 01:30 the same morning in Berlin (CEST): inside a Berlin event ...
            Slot early = slot(0, "2026-10-16T07:30", "2026-10-16T08:30", SHANGHAI, "hall:1");
            assertThat(ConflictRules.check(early, List.of(), FIRST, LAST, BERLIN)).isEmpty();
            // ... while 05:30 Shanghai time is still the evening before in Berlin.
            Slot evenEarlier = slot(0, "2026-10-16T05:30", "2026-10-16T06:30", SHANGHAI, "hall:1");
            assertThat(ConflictRules.check(evenEarlier, List.of(), FIRST, LAST, BERLIN))
                    .extracting(SessionConflict::kind).containsExactly(Kind.OUTSIDE_EVENT_DAYS);
            assertThat(ConflictRules.check(evenEarlier, List.of(), FIRST, LAST, SHANGHAI)).isEmpty();
        }

        @Test
        void across_the_autumn_clock_change_in_berlin_sessions_an_hour_apart_on_the_clock_overlap_in_real_time() {
            // 25 October 2026, 03:00 CEST becomes 02:00 CET: the hour 02:00-03:00 happens twice.
            LocalDate first = LocalDate.of(2026, 10, 24);
            LocalDate last = LocalDate.of(2026, 10, 26);
            Instant firstTwoOClock = java.time.ZonedDateTime.of(2026, 10, 25, 2, 0, 0, 0, BERLIN).withEarlierOffsetAtOverlap().toInstant();
            Instant secondTwoOClock = java.time.ZonedDateTime.of(2026, 10, 25, 2, 0, 0, 0, BERLIN).withLaterOffsetAtOverlap().toInstant();
            Slot nightShift = new Slot(0, "夜班", "Night shift", firstTwoOClock, secondTwoOClock.plusSeconds(1800), "hall:1", List.of());
            Slot other = new Slot(5, "巡查", "Patrol", secondTwoOClock, secondTwoOClock.plusSeconds(3600), "hall:1", List.of());

            assertThat(ConflictRules.check(nightShift, List.of(other), first, last, BERLIN))
                    .extracting(SessionConflict::kind).containsExactly(Kind.SAME_PLACE);
        }
    }

    @Test
    void the_whole_programme_check_marks_both_sessions_of_a_clash_and_leaves_the_others_alone() {
        Map<Long, List<SessionConflict>> all = ConflictRules.all(List.of(
                slot(1, "2026-10-16T09:00", "2026-10-16T10:00", "hall:4", WANG_SPEAKS),
                slot(2, "2026-10-16T10:00", "2026-10-16T11:00", "hall:4", WANG_SPEAKS),
                slot(3, "2026-10-16T10:30", "2026-10-16T12:00", "place:1", WANG_VIP),
                slot(4, "2026-10-17T10:30", "2026-10-17T12:00", "place:1", WANG_SPEAKS)), FIRST, LAST, SHANGHAI);

        assertThat(all).containsOnlyKeys(2L, 3L);
        assertThat(all.get(2L)).extracting(SessionConflict::otherSessionId).containsExactly(3L);
        assertThat(all.get(3L)).extracting(SessionConflict::otherSessionId).containsExactly(2L);
    }
}
