package org.expodesk.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.programme.ProgrammeFixtures.session;
import static org.expodesk.programme.ProgrammeFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.programme.ProgrammeFixtures.unique;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Who may plan, who may read, and what the public and a calendar link see. */
@SpringBootTest
@ActiveProfiles("test")
class ProgrammeAccessTest {

    static final LocalDate FIRST = LocalDate.of(2026, 10, 16);

    @Autowired
    ProgrammeService programme;
    @Autowired
    PublicProgrammeService publicProgramme;
    @Autowired
    PlaceService places;
    @Autowired
    EventService events;
    @Autowired
    PersonService persons;
    @Autowired
    TestData data;

    EventSummary event;
    PlaceSummary room;
    SessionSummary openSession;
    SessionSummary internalSession;
    PersonSummary guest;

    @BeforeEach
    void anEventWithAPublicAndAnInternalSession() {
        event = signInAsOrganiserOfNewEvent(data, events, FIRST, "Asia/Shanghai");
        room = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "第一会议室", "Meeting Room 1", null));
        guest = persons.create(PersonDraft.of("黄志强", "Huang Zhiqiang", "董事长", "厦门海晟投资有限公司", "13905001003", null));
        SessionDraft open = session(SessionKind.PROMOTION_MEETING, "小商品城推介会", "Small Commodities City Promotion",
                "2026-10-16T14:00", "2026-10-16T15:30").at(room);
        open.setParticipants(java.util.List.of(new SessionDraft.Participant(guest.id(), true)));
        open.setNotes("贵宾从南门进入");
        openSession = ((SessionSaveResult.Saved) programme.create(event.id(), open)).session();
        SessionDraft internal = session(SessionKind.OTHER, "组委会调度会", "Committee dispatch meeting",
                "2026-10-16T18:00", "2026-10-16T19:00").at(room);
        internal.setPublicSession(false);
        internal.setParticipants(java.util.List.of(new SessionDraft.Participant(guest.id(), false)));
        internalSession = ((SessionSaveResult.Saved) programme.create(event.id(), internal)).session();
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VOLUNTEER", "EXHIBITOR", "SAFETY"})
    void volunteers_exhibitors_and_safety_staff_neither_read_nor_plan_the_office_programme(Role role) {
        TestData.signInAs(data.account(unique(role.name().toLowerCase(Locale.ROOT)), EnumSet.of(role), event.id()));

        assertThatThrownBy(() -> programme.sessions(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.find(openSession.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.create(event.id(), session(SessionKind.OTHER, "会见", "Meeting",
                "2026-10-16T10:00", "2026-10-16T11:00").at(room))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publicProgramme.calendarToken(event.id(), guest.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reception_reads_the_programme_of_its_event_but_plans_nothing() {
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));

        assertThat(programme.sessions(event.id())).hasSize(2);
        assertThat(places.places(event.id())).hasSize(1);
        assertThatThrownBy(() -> programme.draftOf(openSession.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.delete(openSession.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "贵宾室", "VIP Room", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organiser_of_another_event_cannot_see_or_touch_this_programme() {
        signInAsOrganiserOfNewEvent(data, events, FIRST, "Asia/Shanghai");

        assertThat(programme.find(openSession.id())).isEmpty();
        assertThatThrownBy(() -> programme.sessions(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.list(event.id(), SessionFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.forPerson(event.id(), guest.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.draftOf(openSession.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.update(openSession.id(), session(SessionKind.OTHER, "改", "Changed",
                "2026-10-16T10:00", "2026-10-16T11:00").at(room))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.delete(openSession.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.delete(room.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.places(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publicProgramme.calendarToken(event.id(), guest.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anybody_reads_the_public_sessions_without_participants_or_internal_notes() {
        PublicProgramme shown = publicProgramme.programme(event.id()).orElseThrow();

        assertThat(shown.sessions()).singleElement().satisfies(s -> {
            assertThat(s.titleZh()).isEqualTo("小商品城推介会");
            assertThat(s.participants()).isEmpty();
            assertThat(s.notes()).isNull();
        });
    }

    @Test
    void an_archived_event_or_one_without_public_sessions_shows_no_public_programme() {
        TestData.signInAs(data.admin());
        EventSummary quiet = events.create(events.draftOf(event.id()));
        events.archive(event.id());
        TestData.signOut();

        assertThat(publicProgramme.programme(event.id())).isEmpty();
        assertThat(publicProgramme.programme(quiet.id())).isEmpty();
    }

    @Test
    void a_calendar_link_shows_the_persons_own_sessions_internal_ones_included_and_stays_the_same() {
        TestData.signInAs(data.admin());
        String token = publicProgramme.calendarToken(event.id(), guest.id());
        assertThat(publicProgramme.calendarToken(event.id(), guest.id())).isEqualTo(token);
        assertThat(token).hasSizeGreaterThanOrEqualTo(32);
        TestData.signOut();

        PersonCalendar calendar = publicProgramme.personCalendar(token).orElseThrow();
        assertThat(calendar.sessions()).extracting(SessionSummary::titleZh).containsExactly("小商品城推介会", "组委会调度会");
        assertThat(calendar.sessions()).allSatisfy(s -> assertThat(s.notes()).isNull());
        assertThat(publicProgramme.personCalendar(token + "x")).isEmpty();
    }
}
