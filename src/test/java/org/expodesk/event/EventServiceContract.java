package org.expodesk.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * What {@link EventService} promises, run against each database ExpoDesk supports (see the subclasses).
 * Each test works as its own new organiser: an organiser sees only the events assigned to them, so the
 * lists hold exactly what the test created, whatever other tests left in the shared database.
 */
abstract class EventServiceContract {

    @Autowired
    EventService events;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_organiser_creates_an_event_and_reads_back_every_field() {
        signInAsNewOrganiser();
        EventDraft draft = draft("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 21));
        draft.setKind(EventKind.EXPO);
        draft.setEdition(4);
        draft.setTimeZone("Asia/Urumqi");
        draft.setVenueNameZh("云溪小商品城三期一楼 4号馆、5号馆");
        draft.setVenueNameEn("Halls 4 & 5, Yunxi Small Commodities City");
        draft.setVenueAddress("青山市云溪县商城大道 188 号");
        draft.setStatus(EventStatus.REGISTRATION);

        EventSummary created = events.create(draft);

        EventSummary read = events.find(created.id()).orElseThrow();
        assertThat(read).isEqualTo(created);
        assertThat(read.nameZh()).isEqualTo("第四届云溪小商品博览会");
        assertThat(read.nameEn()).isEqualTo("4th Yunxi Small Commodities Expo");
        assertThat(read.kind()).isEqualTo(EventKind.EXPO);
        assertThat(read.edition()).isEqualTo(4);
        assertThat(read.startDate()).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(read.endDate()).isEqualTo(LocalDate.of(2027, 5, 21));
        assertThat(read.timeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(read.venueNameZh()).isEqualTo("云溪小商品城三期一楼 4号馆、5号馆");
        assertThat(read.venueNameEn()).isEqualTo("Halls 4 & 5, Yunxi Small Commodities City");
        assertThat(read.venueAddress()).isEqualTo("青山市云溪县商城大道 188 号");
        assertThat(read.status()).isEqualTo(EventStatus.REGISTRATION);
        assertThat(read.archived()).isFalse();
        assertThat(events.list(EventFilter.active(), PageRequest.of(0, 10)).getContent()).containsExactly(read);
    }

    @Test
    void a_form_read_before_someone_else_saved_cannot_overwrite_their_change() {
        signInAsNewOrganiser();
        EventSummary created = events.create(draft("投洽会", "Investment Fair", LocalDate.of(2027, 9, 8), LocalDate.of(2027, 9, 11)));
        EventDraft mine = events.draftOf(created.id());
        EventDraft theirs = events.draftOf(created.id());
        theirs.setVenueNameZh("海西国际会展中心");
        events.update(created.id(), theirs);

        mine.setVenueNameZh("另一个场馆");
        assertThatThrownBy(() -> events.update(created.id(), mine))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
        assertThat(events.find(created.id()).orElseThrow().venueNameZh()).isEqualTo("海西国际会展中心");
    }

    @Test
    void an_edit_changes_the_event_in_place() {
        signInAsNewOrganiser();
        EventSummary created = events.create(draft("投洽会", "Investment Fair", LocalDate.of(2027, 9, 8), LocalDate.of(2027, 9, 11)));

        EventDraft edit = events.draftOf(created.id());
        edit.setNameZh("第二十二届中国海西投资贸易洽谈会");
        edit.setEndDate(LocalDate.of(2027, 9, 12));
        edit.setStatus(EventStatus.BUILD_UP);
        EventSummary updated = events.update(created.id(), edit);

        assertThat(updated.id()).isEqualTo(created.id());
        EventSummary read = events.find(created.id()).orElseThrow();
        assertThat(read.nameZh()).isEqualTo("第二十二届中国海西投资贸易洽谈会");
        assertThat(read.nameEn()).isEqualTo("Investment Fair");
        assertThat(read.endDate()).isEqualTo(LocalDate.of(2027, 9, 12));
        assertThat(read.status()).isEqualTo(EventStatus.BUILD_UP);
        assertThat(events.count(new EventFilter(null, true))).isEqualTo(1);
    }

    @Test
    void an_archived_event_leaves_the_lists_until_it_is_restored() {
        signInAsNewOrganiser();
        EventSummary kept = events.create(draft("石门县招商推介会", "Shimen Promotion Meeting", LocalDate.now().plusDays(10), LocalDate.now().plusDays(10)));
        EventSummary archived = events.create(draft("第三届小商品博览会", "3rd Small Commodities Expo", LocalDate.now().plusDays(20), LocalDate.now().plusDays(23)));

        assertThat(events.archive(archived.id()).archived()).isTrue();

        assertThat(ids(events.list(EventFilter.active(), PageRequest.of(0, 10)))).containsExactly(kept.id());
        assertThat(events.count(EventFilter.active())).isEqualTo(1);
        assertThat(events.selectable()).extracting(EventSummary::id).containsExactly(kept.id());
        Page<EventSummary> withArchived = events.list(new EventFilter(null, true), PageRequest.of(0, 10));
        assertThat(ids(withArchived)).containsExactlyInAnyOrder(kept.id(), archived.id());
        assertThat(withArchived.getContent()).filteredOn(EventSummary::archived).extracting(EventSummary::id)
                .containsExactly(archived.id());
        assertThat(events.find(archived.id())).get().extracting(EventSummary::archived).isEqualTo(true);

        assertThat(events.restore(archived.id()).archived()).isFalse();

        assertThat(ids(events.list(EventFilter.active(), PageRequest.of(0, 10)))).containsExactlyInAnyOrder(kept.id(), archived.id());
        assertThat(events.selectable()).extracting(EventSummary::id).containsExactlyInAnyOrder(kept.id(), archived.id());
    }

    @Test
    void an_end_before_the_start_is_refused_on_create_and_on_edit() {
        signInAsNewOrganiser();
        EventDraft backwards = draft("倒序活动", "Backwards", LocalDate.of(2027, 5, 21), LocalDate.of(2027, 5, 18));

        assertThatThrownBy(() -> events.create(backwards)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("event.error.end-before-start"));
        assertThat(events.count(new EventFilter(null, true))).isZero();

        EventSummary created = events.create(draft("正常活动", "Fine", LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 21)));
        EventDraft edit = events.draftOf(created.id());
        edit.setEndDate(LocalDate.of(2027, 5, 17));
        assertThatThrownBy(() -> events.update(created.id(), edit)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("event.error.end-before-start"));
        assertThat(events.find(created.id()).orElseThrow().endDate()).isEqualTo(LocalDate.of(2027, 5, 21));
    }

    @Test
    void a_one_day_event_ending_on_its_first_day_is_accepted() {
        signInAsNewOrganiser();
        EventSummary oneDay = events.create(draft("签约仪式", "Signing Ceremony", LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 18)));
        assertThat(oneDay.durationDays()).isEqualTo(1);
    }

    @Test
    void an_unknown_time_zone_is_refused() {
        signInAsNewOrganiser();
        EventDraft draft = draft("时区有误的活动", "Bad time zone", LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 21));
        draft.setTimeZone("Asia/Qingshan");

        assertThatThrownBy(() -> events.create(draft)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("event.error.time-zone");
            assertThat(e.arguments()).containsExactly("Asia/Qingshan");
        });
        assertThat(events.count(new EventFilter(null, true))).isZero();
    }

    @Test
    void the_list_pages_through_the_events_latest_start_first() {
        signInAsNewOrganiser();
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(events.create(draft("第" + i + "届博览会", "Expo " + i, LocalDate.of(2027, i, 1), LocalDate.of(2027, i, 3))).id());
        }

        Page<EventSummary> first = events.list(EventFilter.active(), PageRequest.of(0, 2));
        Page<EventSummary> second = events.list(EventFilter.active(), PageRequest.of(1, 2));
        Page<EventSummary> third = events.list(EventFilter.active(), PageRequest.of(2, 2));

        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
        List<Long> all = new ArrayList<>();
        all.addAll(ids(first));
        all.addAll(ids(second));
        all.addAll(ids(third));
        assertThat(all).containsExactly(created.get(4), created.get(3), created.get(2), created.get(1), created.get(0));
        assertThat(events.list(EventFilter.active(), PageRequest.of(0, 2, org.springframework.data.domain.Sort.by("startDate"))).getContent())
                .extracting(EventSummary::id).containsExactly(created.get(0), created.get(1));
    }

    @Test
    void text_search_finds_chinese_and_english_names_and_venues_ignoring_case() {
        signInAsNewOrganiser();
        EventDraft expoDraft = draft("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 21));
        expoDraft.setVenueNameZh("云溪小商品城三期");
        EventSummary expo = events.create(expoDraft);
        EventDraft fairDraft = draft("第二十二届中国海西投资贸易洽谈会", "22nd Haixi Investment and Trade Fair", LocalDate.of(2027, 9, 8), LocalDate.of(2027, 9, 11));
        fairDraft.setVenueNameEn("Haixi International Convention Center");
        fairDraft.setVenueNameZh("海西国际会展中心");
        EventSummary fair = events.create(fairDraft);

        assertThat(search("博览会")).containsExactly(expo.id());
        assertThat(search("洽谈会")).containsExactly(fair.id());
        assertThat(search("  会展中心 ")).containsExactly(fair.id());
        assertThat(search("商品城三期")).containsExactly(expo.id());
        assertThat(search("HAIXI")).containsExactly(fair.id());
        assertThat(search("yunxi small")).containsExactly(expo.id());
        assertThat(search("第")).containsExactlyInAnyOrder(expo.id(), fair.id());
        assertThat(search("广交会")).isEmpty();
        assertThat(events.count(new EventFilter("博览会", false))).isEqualTo(1);
    }

    @Test
    void search_wildcards_typed_by_a_user_match_only_themselves() {
        signInAsNewOrganiser();
        EventSummary underscore = events.create(draft("A_B 展", "A_B show", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2)));
        EventSummary percent = events.create(draft("100% 签约", "100% signed", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 2)));
        EventSummary plain = events.create(draft("AXB 展", "AXB show", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 2)));

        assertThat(search("A_B")).containsExactly(underscore.id());
        assertThat(search("_")).containsExactly(underscore.id());
        assertThat(search("%")).containsExactly(percent.id());
        assertThat(search("AXB")).containsExactly(plain.id());
    }

    @Test
    void an_organiser_sees_and_changes_only_the_events_assigned_to_them() {
        EventSummary someoneElses = data.event("别人的活动", "Someone else's event", 30);
        AppUser organiser = signInAsNewOrganiser();
        EventSummary mine = events.create(draft("我的活动", "My event", LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 21)));

        assertThat(ids(events.list(new EventFilter(null, true), PageRequest.of(0, 50)))).containsExactly(mine.id());
        assertThat(events.count(new EventFilter(null, true))).isEqualTo(1);
        assertThat(events.selectable()).extracting(EventSummary::id).containsExactly(mine.id());
        assertThat(events.find(someoneElses.id())).isEmpty();
        assertThatThrownBy(() -> events.draftOf(someoneElses.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.update(someoneElses.id(), draft("改名", "Renamed", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.archive(someoneElses.id())).isInstanceOf(AccessDeniedException.class);

        // Once assigned, the same event is theirs at once, without signing in again.
        data.account(organiser.getUsername(), EnumSet.of(Role.ORGANISER), mine.id(), someoneElses.id());
        assertThat(events.find(someoneElses.id())).isPresent();
        assertThat(events.count(new EventFilter(null, true))).isEqualTo(2);
    }

    @Test
    void an_administrator_sees_every_event() {
        EventSummary unassigned = data.event("未分配的活动", "Unassigned event", 40);
        TestData.signInAs(data.admin());

        assertThat(events.find(unassigned.id())).isPresent();
        assertThat(events.list(new EventFilter("未分配的活动", false), PageRequest.of(0, 50)).getContent())
                .extracting(EventSummary::id).contains(unassigned.id());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VOLUNTEER", "EXHIBITOR"})
    void staff_outside_the_office_may_not_list_create_or_change_events(Role role) {
        EventSummary theirEvent = data.event("志愿者的活动", "Their event", 30);
        TestData.signInAs(data.account(uniqueName(role.name().toLowerCase(java.util.Locale.ROOT)), EnumSet.of(role), theirEvent.id()));

        assertThatThrownBy(() -> events.list(EventFilter.active(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.count(EventFilter.active())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.create(draft("越权", "Not allowed", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.draftOf(theirEvent.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.update(theirEvent.id(), draft("越权", "Not allowed", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.archive(theirEvent.id())).isInstanceOf(AccessDeniedException.class);
        // They may still read the events they work on, to pick the current one.
        assertThat(events.selectable()).extracting(EventSummary::id).containsExactly(theirEvent.id());
    }

    @Test
    void an_anonymous_caller_is_refused_everything() {
        EventSummary event = data.event("公开活动", "Some event", 30);
        TestData.signOut();

        assertThatThrownBy(() -> events.list(EventFilter.active(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> events.selectable()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> events.find(event.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> events.create(draft("匿名", "Anonymous", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private AppUser signInAsNewOrganiser() {
        AppUser organiser = data.account(uniqueName("organiser"), EnumSet.of(Role.ORGANISER));
        TestData.signInAs(organiser);
        return organiser;
    }

    private List<Long> search(String text) {
        return ids(events.list(new EventFilter(text, false), PageRequest.of(0, 50)));
    }

    private static List<Long> ids(Page<EventSummary> page) {
        return page.getContent().stream().map(EventSummary::id).toList();
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static EventDraft draft(String nameZh, String nameEn, LocalDate start, LocalDate end) {
        EventDraft draft = new EventDraft();
        draft.setNameZh(nameZh);
        draft.setNameEn(nameEn);
        draft.setStartDate(start);
        draft.setEndDate(end);
        return draft;
    }
}
