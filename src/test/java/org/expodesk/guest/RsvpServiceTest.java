package org.expodesk.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The guest's RSVP link: unguessable, one guest per link, opened and answered, closed after the deadline. */
@SpringBootTest
@ActiveProfiles("test")
class RsvpServiceTest {

    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    EventService events;
    @Autowired
    TestData data;

    EventSummary event;
    GuestSummary huang;
    GuestSummary lin;
    CampaignSummary campaign;

    @BeforeEach
    void twoInvitedGuests() {
        event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(30));
        huang = guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", "厦门海晟投资", GuestCategory.MERCHANT, mobile()));
        lin = guests.create(event.id(), guest("林建华", "Lin Jianhua", "泉州鸿运鞋业", GuestCategory.BUYER, mobile()));
        campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        campaigns.invite(campaign.id(), List.of(huang.id(), lin.id()));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    String linkFor(GuestSummary guest) {
        long invitationId = campaigns.invitations(campaign.id()).stream().filter(i -> i.guest().id() == guest.id()).findFirst().orElseThrow().id();
        String link = campaigns.issueLink(invitationId).link();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    InvitationStatus statusOf(GuestSummary guest) {
        return campaigns.invitations(campaign.id()).stream().filter(i -> i.guest().id() == guest.id()).findFirst().orElseThrow().status();
    }

    @Test
    void a_link_carries_256_random_bits_and_differs_for_every_guest() {
        String a = linkFor(huang);
        String b = linkFor(lin);

        assertThat(Base64.getUrlDecoder().decode(a)).hasSize(32);
        assertThat(a).isNotEqualTo(b);
        assertThat(statusOf(huang)).isEqualTo(InvitationStatus.SENT);
    }

    @Test
    void opening_a_link_shows_that_guest_only_and_marks_the_invitation_opened() {
        String token = linkFor(huang);
        TestData.signOut();

        RsvpOpening opening = rsvp.open(token, "10.0.0.1");

        assertThat(opening).isInstanceOfSatisfying(RsvpOpening.Found.class, f -> {
            assertThat(f.invitation().guestNameZh()).isEqualTo("黄志强");
            assertThat(f.invitation().open()).isTrue();
        });
        TestData.signInAs(data.admin());
        assertThat(statusOf(huang)).isEqualTo(InvitationStatus.OPENED);
        assertThat(statusOf(lin)).isEqualTo(InvitationStatus.DRAFTED);
    }

    @Test
    void an_answer_with_a_train_arrival_is_saved_for_that_guest_alone() {
        String token = linkFor(huang);
        TestData.signOut();

        rsvp.answer(token, "10.0.0.2", RsvpForm.accept()
                .arriving(TravelMode.TRAIN, "g1653", "云溪南站", LocalDateTime.of(event.startDate().minusDays(1), java.time.LocalTime.of(15, 42)))
                .leaving(TravelMode.FLIGHT, "MF8512", "云溪机场", null));

        TestData.signInAs(data.admin());
        GuestSummary answered = guests.find(huang.id()).orElseThrow();
        assertThat(answered.answer()).isEqualTo(RsvpAnswer.ACCEPTED);
        assertThat(answered.arrival().number()).isEqualTo("G1653");
        assertThat(answered.arrival().at()).isEqualTo(event.startDate().minusDays(1).atTime(15, 42).atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(guests.find(lin.id()).orElseThrow().answer()).isEqualTo(RsvpAnswer.NONE);
        assertThat(statusOf(huang)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(guests.history(huang.id())).extracting(GuestHistoryLine::actor).contains("guest");
    }

    @Test
    void a_guessed_or_replaced_link_opens_nothing() {
        String old = linkFor(huang);
        String current = linkFor(huang);
        TestData.signOut();

        assertThat(rsvp.open(old, "10.0.0.3")).isInstanceOf(RsvpOpening.Unknown.class);
        assertThat(rsvp.open(RsvpTokens.newToken(), "10.0.0.3")).isInstanceOf(RsvpOpening.Unknown.class);
        assertThat(rsvp.open("1", "10.0.0.3")).isInstanceOf(RsvpOpening.Unknown.class);
        assertThat(rsvp.open(current, "10.0.0.3")).isInstanceOf(RsvpOpening.Found.class);
        assertThatThrownBy(() -> rsvp.answer(old, "10.0.0.3", RsvpForm.decline()))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("guest.rsvp.error.unknown-link");
    }

    @Test
    void one_address_guessing_links_is_stopped_even_for_a_good_link() {
        String good = linkFor(lin);
        TestData.signOut();
        for (int i = 0; i < 10; i++) {
            assertThat(rsvp.open(RsvpTokens.newToken(), "10.9.9.9")).isInstanceOf(RsvpOpening.Unknown.class);
        }

        assertThat(rsvp.open(good, "10.9.9.9")).isInstanceOf(RsvpOpening.Throttled.class);
        assertThat(rsvp.open(good, "10.9.9.10")).isInstanceOf(RsvpOpening.Found.class);
    }

    @Test
    void after_the_deadline_the_page_is_read_only_and_changes_are_refused_with_the_deadline() {
        LocalDateTime past = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).withSecond(0).withNano(0);
        CampaignSummary closed = campaigns.create(event.id(), CampaignDraft.of(unique("已截止"), null, 10, null, past));
        GuestSummary late = guests.create(event.id(), guest("郑海", "Zheng Hai", "厦门港务", GuestCategory.VIP, mobile()));
        campaigns.invite(closed.id(), List.of(late.id()));
        String link = campaigns.issueLink(campaigns.invitations(closed.id()).getFirst().id()).link();
        String token = link.substring(link.lastIndexOf('/') + 1);
        TestData.signOut();

        assertThat(rsvp.open(token, "10.0.0.4")).isInstanceOfSatisfying(RsvpOpening.Found.class,
                f -> assertThat(f.invitation().open()).isFalse());
        assertThatThrownBy(() -> rsvp.answer(token, "10.0.0.4", RsvpForm.accept()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("guest.rsvp.error.deadline-passed");
                    assertThat(e.arguments()[0]).isEqualTo(past.toString().replace('T', ' '));
                });
    }
}
