package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.InvitationStatus;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo guests a newcomer sees: three campaigns, about 300 guests in every state, arrivals by train and plane. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoGuestsTest {

    @Autowired
    EventService events;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_expo_has_three_campaigns_with_about_three_hundred_guests_in_every_state() {
        TestData.signInAs(testData.account("demo-guests-admin", EnumSet.of(Role.ADMIN)));
        EventSummary expo = events.list(new EventFilter(null, true), org.springframework.data.domain.PageRequest.of(0, 10)).getContent()
                .stream().filter(e -> e.kind() == EventKind.EXPO).findFirst().orElseThrow();

        List<CampaignSummary> all = campaigns.campaigns(expo.id());
        assertThat(all).hasSize(3);
        assertThat(all.getFirst().nameZh()).isEqualTo("福建客商邀请");
        assertThat(all.getFirst().invited()).isBetween(45L, 52L);
        for (InvitationStatus status : InvitationStatus.values()) {
            assertThat(all.stream().mapToLong(c -> c.count(status)).sum()).as(status.name()).isPositive();
        }
        List<GuestSummary> everyone = guests.all(expo.id());
        assertThat(everyone).hasSizeBetween(280, 310);
        List<GuestSummary> arriving = everyone.stream().filter(g -> g.arrival() != null).toList();
        assertThat(arriving).extracting(g -> g.arrival().mode()).contains(TravelMode.TRAIN, TravelMode.FLIGHT);
        assertThat(arriving).extracting(g -> g.arrival().at().toLocalDate()).containsOnly(expo.startDate().minusDays(1), expo.startDate());
        assertThat(guests.acceptedByUnit(expo.id())).containsKeys("云溪县", "云溪县商务局");
    }
}
