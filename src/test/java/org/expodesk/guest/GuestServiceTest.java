package org.expodesk.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Guests: recording, duplicates and merge, and who may see and change them. */
@SpringBootTest
@ActiveProfiles("test")
@Import(GuestServiceTest.TravelEvents.class)
class GuestServiceTest {

    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    EventService events;
    @Autowired
    UnitService units;
    @Autowired
    PersonService persons;
    @Autowired
    TestData data;
    @Autowired
    TravelEvents travelEvents;

    EventSummary event;

    @BeforeEach
    void anEventWithItsOrganiser() {
        event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(30));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_guest_is_a_person_with_a_profile_for_the_event() {
        GuestSummary g = guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", "厦门海晟投资有限公司", GuestCategory.MERCHANT, mobile()));

        assertThat(g.nameZh()).isEqualTo("黄志强");
        assertThat(g.answer()).isEqualTo(RsvpAnswer.NONE);
        assertThat(persons.find(g.personId())).hasValueSatisfying(p -> assertThat(p.organisation()).isEqualTo("厦门海晟投资有限公司"));
        assertThat(guests.find(g.id())).hasValueSatisfying(found -> assertThat(found.origin()).isEqualTo("福建省厦门市"));
        assertThat(guests.list(event.id(), new GuestFilter("海晟", null, null, null), PageRequest.of(0, 10)))
                .extracting(GuestSummary::id).containsExactly(g.id());
        assertThat(guests.history(g.id())).extracting(GuestHistoryLine::kind).containsExactly("created");
    }

    @Test
    void the_same_person_cannot_be_a_guest_twice_in_one_event() {
        String phone = mobile();
        guests.create(event.id(), guest("林建华", "Lin Jianhua", "泉州鸿运鞋业", GuestCategory.BUYER, phone));

        assertThatThrownBy(() -> guests.create(event.id(), guest("林建华", "Lin Jianhua", "泉州鸿运鞋业", GuestCategory.BUYER, phone)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("guest.error.already-guest");
    }

    @Test
    void duplicates_are_found_by_mobile_and_by_name_and_organisation() {
        String phone = mobile();
        GuestSummary a = guests.create(event.id(), guest("陈思远", "Chen Siyuan", "福州闽江贸易", GuestCategory.MERCHANT, phone));
        GuestSummary b = guests.create(event.id(), guest("陈斯远", "Chen Siyuan", "闽江贸易公司", GuestCategory.MERCHANT, phone));
        GuestSummary c = guests.create(event.id(), guest("王丽", "Wang Li", "漳州万家乐食品", GuestCategory.BUYER, mobile()));
        GuestSummary d = guests.create(event.id(), guest("王丽", "Wang Li", "漳州万家乐食品", GuestCategory.BUYER, null));
        guests.create(event.id(), guest("王丽", "Wang Li", "另一家公司", GuestCategory.BUYER, mobile()));

        List<DuplicateGroup> groups = guests.duplicates(event.id());

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).reason()).isEqualTo(DuplicateGroup.Reason.SAME_MOBILE);
        assertThat(groups.get(0).guests()).extracting(GuestSummary::id).containsExactly(a.id(), b.id());
        assertThat(groups.get(1).reason()).isEqualTo(DuplicateGroup.Reason.SAME_NAME_AND_ORGANISATION);
        assertThat(groups.get(1).guests()).extracting(GuestSummary::id).containsExactly(c.id(), d.id());
    }

    @Test
    void a_merge_moves_invitation_history_and_notes_to_the_kept_guest_and_records_itself() {
        String phone = mobile();
        GuestDraft keptDraft = guest("陈思远", "Chen Siyuan", "福州闽江贸易", GuestCategory.MERCHANT, phone);
        GuestSummary kept = guests.create(event.id(), keptDraft);
        GuestDraft dupDraft = guest("陈斯远", null, "闽江贸易公司", GuestCategory.MERCHANT, phone);
        dupDraft.setNotes("喜欢靠窗的房间");
        dupDraft.setEmail("chen@example.com");
        GuestSummary duplicate = guests.create(event.id(), dupDraft);
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        campaigns.invite(campaign.id(), List.of(duplicate.id()));
        campaigns.setStatus(campaigns.invitations(campaign.id()).getFirst().id(), InvitationStatus.ACCEPTED);

        GuestSummary merged = guests.merge(kept.id(), duplicate.id());

        assertThat(merged.notes()).isEqualTo("喜欢靠窗的房间");
        assertThat(merged.email()).isEqualTo("chen@example.com");
        assertThat(campaigns.invitations(campaign.id())).singleElement().satisfies(i -> {
            assertThat(i.guest().id()).isEqualTo(kept.id());
            assertThat(i.status()).isEqualTo(InvitationStatus.ACCEPTED);
        });
        assertThat(guests.history(kept.id())).extracting(GuestHistoryLine::kind)
                .contains("created", "invited", "status", "merged");
        assertThat(guests.find(duplicate.id())).hasValueSatisfying(d -> assertThat(d.mergedIntoId()).isEqualTo(kept.id()));
        assertThat(guests.list(event.id(), GuestFilter.all(), PageRequest.of(0, 50))).extracting(GuestSummary::id)
                .contains(kept.id()).doesNotContain(duplicate.id());
        assertThat(guests.duplicates(event.id())).isEmpty();
        assertThatThrownBy(() -> guests.merge(kept.id(), duplicate.id()))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("guest.error.merged");
    }

    @Test
    void a_merge_publishes_that_the_kept_guests_travel_may_have_changed() {
        GuestSummary kept = guests.create(event.id(), guest("周峰", "Zhou Feng", "莆田周氏", GuestCategory.MERCHANT, mobile()));
        GuestSummary dup = guests.create(event.id(), guest("周峰", "Zhou Feng", "莆田周氏", GuestCategory.MERCHANT, null));
        travelEvents.seen.clear();

        guests.merge(kept.id(), dup.id());

        assertThat(travelEvents.seen).contains(new GuestTravelChanged(event.id(), kept.id()));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VOLUNTEER", "EXHIBITOR", "SAFETY"})
    void other_roles_may_not_manage_guests(Role role) {
        GuestSummary g = guests.create(event.id(), guest("郑海", "Zheng Hai", "厦门港务", GuestCategory.VIP, mobile()));
        TestData.signInAs(data.account(unique(role.name().toLowerCase()), EnumSet.of(role), event.id()));

        assertThatThrownBy(() -> guests.create(event.id(), guest("刘洋", "Liu Yang", "某公司", GuestCategory.BUYER, mobile())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guests.list(event.id(), GuestFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(guests.find(g.id())).isEmpty();
        assertThatThrownBy(() -> guests.merge(g.id(), g.id())).isInstanceOfAny(AccessDeniedException.class, BusinessRuleException.class);
    }

    @Test
    void reception_manages_guests_of_its_events_but_not_of_others() {
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));
        GuestSummary g = guests.create(event.id(), guest("吴敏", "Wu Min", "宁德时代供应链", GuestCategory.BUYER, mobile()));
        assertThat(guests.find(g.id())).isPresent();

        EventSummary other = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(60));
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), other.id()));
        assertThat(guests.find(g.id())).isEmpty();
        assertThatThrownBy(() -> guests.list(event.id(), GuestFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guests.update(g.id(), guest("吴敏", "Wu Min", "宁德时代供应链", GuestCategory.BUYER, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_units_liaison_sees_only_the_guests_the_unit_invited() {
        UnitSummary county = GuestFixtures.countyWithLiaison(units, unique("云溪县"), "赵联络", mobile());
        UnitSummary otherCounty = GuestFixtures.countyWithLiaison(units, unique("青川县"), "钱联络", mobile());
        GuestDraft ours = guest("孙立", "Sun Li", "厦门孙氏", GuestCategory.MERCHANT, mobile());
        ours.setInvitingUnitId(county.id());
        GuestSummary ourGuest = guests.create(event.id(), ours);
        GuestDraft theirs = guest("李强", "Li Qiang", "福州李氏", GuestCategory.MERCHANT, mobile());
        theirs.setInvitingUnitId(otherCounty.id());
        GuestSummary theirGuest = guests.create(event.id(), theirs);
        assertThat(ourGuest.invitingUnitName()).isEqualTo(county.nameZh());

        AppUser account = data.account(unique("liaison"), EnumSet.noneOf(Role.class), event.id());
        AppUser liaison = new AppUser(account.accountId(), account.getUsername(), "", "赵联络", county.liaison().id(),
                EnumSet.noneOf(Role.class), true);
        TestData.signInAs(liaison);

        assertThat(guests.list(event.id(), GuestFilter.all(), PageRequest.of(0, 50))).extracting(GuestSummary::id)
                .containsExactly(ourGuest.id());
        assertThat(guests.find(theirGuest.id())).isEmpty();
        assertThat(guests.find(ourGuest.id())).isPresent();
        assertThatThrownBy(() -> guests.update(ourGuest.id(), ours)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guests.duplicates(event.id())).isInstanceOf(AccessDeniedException.class);
    }

    @TestConfiguration
    static class TravelEvents {
        final List<GuestTravelChanged> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(GuestTravelChanged e) {
            seen.add(e);
        }
    }
}
