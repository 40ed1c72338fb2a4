package org.expodesk.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Invitation letters: one page per guest with the Chinese name as text in the PDF, and printing counts as sending. */
@SpringBootTest
@ActiveProfiles("test")
class InvitationLettersTest {

    @Autowired
    InvitationLetters letters;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    EventService events;
    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_batch_prints_one_bilingual_page_per_guest_with_chinese_names_as_text() throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(30));
        GuestDraft d = guest("黄志强", "Huang Zhiqiang", "厦门海晟投资", GuestCategory.MERCHANT, mobile());
        d.setTitle("董事长");
        GuestSummary huang = guests.create(event.id(), d);
        GuestSummary lin = guests.create(event.id(), guest("林建华", "Lin Jianhua", "泉州鸿运鞋业", GuestCategory.BUYER, mobile()));
        CampaignDraft draft = CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null);
        draft.setProgrammeZh("10月16日上午开幕式，下午小商品城推介会，17日项目签约仪式。");
        draft.setProgrammeEn("16 October: opening ceremony, then the promotion meeting; 17 October: signing ceremony.");
        CampaignSummary campaign = campaigns.create(event.id(), draft);
        campaigns.invite(campaign.id(), List.of(huang.id(), lin.id()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letters.batch(campaign.id(), out);

        Path file = Path.of("target", "letters", "invitation-letters.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(first).contains("黄志强").contains("董事长").contains("邀请函").contains("第四届云溪小商品博览会")
                .contains("Dear Huang Zhiqiang").contains("签约仪式").contains("/rsvp/");
        assertThat(second).contains("林建华");
        assertThat(campaigns.invitations(campaign.id())).extracting(InvitationSummary::status).containsOnly(InvitationStatus.SENT);
    }
}
