package org.expodesk.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invitations by e-mail through a real SMTP server (GreenMail on a free port): the guest receives a working link. */
@SpringBootTest
@ActiveProfiles("test")
class InvitationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    InvitationMailer mailer;
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

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_invitation_e_mail_arrives_in_both_languages_with_a_link_that_opens_the_guests_page() throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(30));
        GuestDraft draft = guest("黄志强", "Huang Zhiqiang", "厦门海晟投资", GuestCategory.MERCHANT, mobile());
        draft.setEmail("huang@haisheng.example");
        GuestSummary huang = guests.create(event.id(), draft);
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        campaigns.invite(campaign.id(), List.of(huang.id()));
        long invitationId = campaigns.invitations(campaign.id()).getFirst().id();
        assertThat(mailer.configured()).isTrue();

        mailer.send(invitationId);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("huang@haisheng.example");
        assertThat(message.getSubject()).contains("第四届云溪小商品博览会").contains("4th Yunxi Small Commodities Expo");
        String body = GreenMailUtil.getBody(message);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                message.getEncoding() == null ? "7bit" : message.getEncoding()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("尊敬的 黄志强").contains("Dear Huang Zhiqiang");
        String token = text.replaceAll("(?s).*?/rsvp/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(campaigns.invitations(campaign.id()).getFirst().status()).isEqualTo(InvitationStatus.SENT);
        TestData.signOut();
        assertThat(rsvp.open(token, "10.1.1.1")).isInstanceOf(RsvpOpening.Found.class);
    }
}
