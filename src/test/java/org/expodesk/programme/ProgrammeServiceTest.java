package org.expodesk.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.programme.ProgrammeFixtures.hall;
import static org.expodesk.programme.ProgrammeFixtures.session;
import static org.expodesk.programme.ProgrammeFixtures.signInAsOrganiserOfNewEvent;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** Planning sessions against the real database: times in the event's zone, conflicts held back or kept, lists and filters. */
@SpringBootTest
@ActiveProfiles("test")
class ProgrammeServiceTest {

    static final LocalDate FIRST = LocalDate.of(2026, 10, 16);

    @Autowired
    ProgrammeService programme;
    @Autowired
    PlaceService places;
    @Autowired
    HallService halls;
    @Autowired
    EventService events;
    @Autowired
    PersonService persons;
    @Autowired
    TestData data;

    EventSummary event;
    HallSummary hall4;
    PlaceSummary room;
    PersonSummary wang;

    @BeforeEach
    void anEventWithAHallARoomAndASpeaker() {
        event = signInAsOrganiserOfNewEvent(data, events, FIRST, "Asia/Shanghai");
        hall4 = halls.create(event.id(), hall("4"));
        room = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "第一会议室", "Meeting Room 1", null));
        wang = persons.create(PersonDraft.of("王志刚", "Wang Zhigang", "副县长", "云溪县人民政府", "13905792001", null));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    SessionSummary saved(SessionSaveResult result) {
        assertThat(result).isInstanceOf(SessionSaveResult.Saved.class);
        return ((SessionSaveResult.Saved) result).session();
    }

    @Test
    void a_session_entered_in_shanghai_time_is_stored_as_the_instant_and_shown_back_in_shanghai_time() {
        SessionDraft opening = session(SessionKind.OPENING_CEREMONY, "开幕式", "Opening Ceremony", "2026-10-16T09:00", "2026-10-16T10:00")
                .inHall(hall4.id());
        opening.setSpeakerIds(List.of(wang.id()));
        opening.setDressCode("正装");

        SessionSummary s = saved(programme.create(event.id(), opening));

        assertThat(s.start()).isEqualTo(LocalDateTime.parse("2026-10-16T01:00").toInstant(ZoneOffset.UTC));
        assertThat(s.localStart()).isEqualTo(LocalDateTime.parse("2026-10-16T09:00"));
        assertThat(s.place().nameZh()).isEqualTo("4号馆");
        assertThat(s.speakers()).extracting(SessionPerson::nameZh).containsExactly("王志刚");
        assertThat(s.conflictsKept()).isFalse();
        assertThat(programme.find(s.id())).contains(s);
        assertThat(programme.draftOf(s.id()).getStart()).isEqualTo(LocalDateTime.parse("2026-10-16T09:00"));
    }

    @Test
    void a_clash_is_held_back_until_the_organiser_keeps_it_and_then_carries_their_mark() {
        saved(programme.create(event.id(), session(SessionKind.PRESS_CONFERENCE, "新闻发布会", "Press Conference",
                "2026-10-16T10:00", "2026-10-16T11:00").at(room)));
        SessionDraft clash = session(SessionKind.PROMOTION_MEETING, "小商品城推介会", "Small Commodities City Promotion",
                "2026-10-16T10:30", "2026-10-16T11:30").at(room);

        SessionSaveResult first = programme.create(event.id(), clash);
        assertThat(first).isInstanceOf(SessionSaveResult.HeldBack.class);
        assertThat(((SessionSaveResult.HeldBack) first).conflicts()).extracting(SessionConflict::kind)
                .containsExactly(SessionConflict.Kind.SAME_PLACE);
        assertThat(programme.day(event.id(), FIRST)).hasSize(1);

        clash.setKeepConflicts(true);
        SessionSaveResult second = programme.create(event.id(), clash);
        SessionSummary kept = saved(second);
        assertThat(((SessionSaveResult.Saved) second).keptConflicts()).hasSize(1);
        assertThat(kept.conflictsKept()).isTrue();
        assertThat(kept.conflictsKeptBy()).startsWith("organiser-");
        assertThat(programme.conflicts(event.id())).hasSize(2);
    }

    @Test
    void moving_a_kept_clash_to_a_free_slot_clears_its_mark() {
        saved(programme.create(event.id(), session(SessionKind.MATCHMAKING, "对接会", "Matchmaking", "2026-10-17T14:00", "2026-10-17T16:00").at(room)));
        SessionDraft clash = session(SessionKind.MATCHMAKING, "新能源对接会", "New Energy Matchmaking", "2026-10-17T15:00", "2026-10-17T16:00").at(room);
        clash.setKeepConflicts(true);
        SessionSummary kept = saved(programme.create(event.id(), clash));

        SessionDraft moved = programme.draftOf(kept.id());
        moved.setStart(LocalDateTime.parse("2026-10-17T16:00"));
        moved.setEnd(LocalDateTime.parse("2026-10-17T17:00"));
        moved.setKeepConflicts(false);
        SessionSummary free = saved(programme.update(kept.id(), moved));

        assertThat(free.conflictsKept()).isFalse();
        assertThat(programme.conflicts(event.id())).isEmpty();
    }

    @Test
    void a_speaker_booked_twice_is_reported_by_name() {
        SessionDraft a = session(SessionKind.OPENING_CEREMONY, "开幕式", "Opening", "2026-10-16T09:00", "2026-10-16T10:00").inHall(hall4.id());
        a.setSpeakerIds(List.of(wang.id()));
        saved(programme.create(event.id(), a));
        SessionDraft b = session(SessionKind.SITE_VISIT, "企业考察", "Site visit", "2026-10-16T09:30", "2026-10-16T11:00").at(room);
        b.setParticipants(List.of(new SessionDraft.Participant(wang.id(), true)));

        SessionSaveResult result = programme.create(event.id(), b);

        assertThat(result).isInstanceOfSatisfying(SessionSaveResult.HeldBack.class, held -> assertThat(held.conflicts())
                .singleElement().extracting(SessionConflict::personNameZh).isEqualTo("王志刚"));
    }

    @Test
    void a_session_outside_the_fair_days_is_reported() {
        SessionSaveResult result = programme.create(event.id(), session(SessionKind.BANQUET, "欢迎晚宴", "Welcome Banquet",
                "2026-10-15T18:00", "2026-10-15T20:00").at(room));

        assertThat(result).isInstanceOfSatisfying(SessionSaveResult.HeldBack.class, held -> assertThat(held.conflicts())
                .extracting(SessionConflict::kind).containsExactly(SessionConflict.Kind.OUTSIDE_EVENT_DAYS));
    }

    @Test
    void an_end_before_the_start_is_refused_with_a_translated_reason() {
        assertThatThrownBy(() -> programme.create(event.id(), session(SessionKind.OTHER, "茶歇", "Tea break",
                "2026-10-16T10:00", "2026-10-16T10:00").at(room)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("programme.error.end-before-start"));
    }

    @Test
    void a_place_of_another_event_is_refused() {
        EventSummary other = signInAsOrganiserOfNewEvent(data, events, FIRST, "Asia/Shanghai");
        PlaceSummary foreignRoom = places.create(other.id(), PlaceDraft.of(PlaceKind.ROOM, "贵宾室", "VIP Room", null));
        TestData.signInAs(data.admin());

        assertThatThrownBy(() -> programme.create(event.id(), session(SessionKind.OTHER, "会见", "Meeting",
                "2026-10-16T10:00", "2026-10-16T11:00").at(foreignRoom)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("programme.error.place-unknown"));
    }

    @Test
    void the_list_filters_by_day_kind_and_place_and_the_person_view_finds_their_sessions() {
        SessionDraft opening = session(SessionKind.OPENING_CEREMONY, "开幕式", "Opening", "2026-10-16T09:00", "2026-10-16T10:00").inHall(hall4.id());
        opening.setSpeakerIds(List.of(wang.id()));
        saved(programme.create(event.id(), opening));
        saved(programme.create(event.id(), session(SessionKind.MATCHMAKING, "对接会", "Matchmaking", "2026-10-17T09:00", "2026-10-17T11:00").at(room)));
        SessionDraft late = session(SessionKind.MATCHMAKING, "夜间对接会", "Evening matchmaking", "2026-10-17T23:00", "2026-10-17T23:59").at(room);
        late.setParticipants(List.of(new SessionDraft.Participant(wang.id(), false)));
        saved(programme.create(event.id(), late));

        assertThat(programme.count(event.id(), SessionFilter.all())).isEqualTo(3);
        assertThat(programme.list(event.id(), new SessionFilter(FIRST.plusDays(1), null, null), PageRequest.of(0, 10)).getContent())
                .extracting(SessionSummary::titleZh).containsExactly("对接会", "夜间对接会");
        assertThat(programme.count(event.id(), new SessionFilter(null, SessionKind.OPENING_CEREMONY, null))).isEqualTo(1);
        assertThat(programme.count(event.id(), new SessionFilter(null, null, room.key()))).isEqualTo(2);
        assertThat(programme.count(event.id(), new SessionFilter(null, null, "hall:" + hall4.id()))).isEqualTo(1);
        assertThat(programme.forPerson(event.id(), wang.id())).extracting(SessionSummary::titleZh).containsExactly("开幕式", "夜间对接会");
        assertThat(places.places(event.id())).extracting(PlaceSummary::key).containsExactly("hall:" + hall4.id(), room.key());
    }

    @Test
    void a_place_used_by_a_session_cannot_be_removed() {
        saved(programme.create(event.id(), session(SessionKind.OTHER, "会见", "Meeting", "2026-10-16T10:00", "2026-10-16T11:00").at(room)));

        assertThatThrownBy(() -> places.delete(room.id())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("programme.error.place-in-use"));
    }
}
