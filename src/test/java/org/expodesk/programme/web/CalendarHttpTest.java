package org.expodesk.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.PublicProgrammeService;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
import org.expodesk.shared.security.Role;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.expodesk.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The .ics addresses over real HTTP, without signing in: the public programme, a person's token, and 404s. */
@RunningApp
class CalendarHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ProgrammeService programme;
    @Autowired
    PublicProgrammeService calendars;
    @Autowired
    PlaceService places;
    @Autowired
    PersonService persons;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void calendar_apps_read_the_public_programme_and_a_persons_own_calendar_without_signing_in() {
        EventSummary event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 20);
        TestData.signInAs(data.account("calendar-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        PlaceSummary room = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "第一会议室", "Meeting Room 1", null));
        PersonSummary guest = persons.create(PersonDraft.of("陈静", "Chen Jing", "总经理", "福建恒安贸易有限公司", "13905001002", null));
        SessionDraft open = new SessionDraft();
        open.setKind(SessionKind.PROMOTION_MEETING);
        open.setTitleZh("小商品城推介会");
        open.setTitleEn("Small Commodities City Promotion");
        open.setStart(LocalDateTime.of(event.startDate(), java.time.LocalTime.of(14, 0)));
        open.setEnd(LocalDateTime.of(event.startDate(), java.time.LocalTime.of(15, 0)));
        programme.create(event.id(), open.at(room));
        SessionDraft internal = new SessionDraft();
        internal.setKind(SessionKind.BANQUET);
        internal.setTitleZh("欢迎晚宴");
        internal.setStart(LocalDateTime.of(event.startDate(), java.time.LocalTime.of(18, 30)));
        internal.setEnd(LocalDateTime.of(event.startDate(), java.time.LocalTime.of(20, 0)));
        internal.setPublicSession(false);
        internal.setParticipants(java.util.List.of(new SessionDraft.Participant(guest.id(), true)));
        programme.create(event.id(), internal.at(room));
        String token = calendars.calendarToken(event.id(), guest.id());
        TestData.signOut();
        WebClient anonymous = new WebClient(port);

        HttpResponse<String> all = anonymous.get("/calendar/" + event.id() + "/programme.ics?lang=en");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(all.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Small Commodities City Promotion\r\n",
                "DTSTART:" + event.startDate().toString().replace("-", "") + "T060000Z\r\n").doesNotContain("欢迎晚宴");

        HttpResponse<String> mine = anonymous.get("/calendar/person/" + token + ".ics");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("SUMMARY:欢迎晚宴\r\n", "CLASS:PRIVATE").doesNotContain("小商品城推介会");

        assertThat(anonymous.get("/calendar/person/" + token.substring(1) + "x.ics").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/calendar/999999/programme.ics").statusCode()).isEqualTo(404);
    }
}
