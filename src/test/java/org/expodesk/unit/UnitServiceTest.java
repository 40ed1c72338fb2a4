package org.expodesk.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** The organisation tree's rules, checked through the secured service against the real database. */
@SpringBootTest
@ActiveProfiles("test")
class UnitServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    PersonService persons;
    @Autowired
    TestData testData;

    /** Names unique to each test: the Spring context, and so the database, is shared by the test classes. */
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void signInAsOrganiser() {
        TestData.signInAs(testData.account("unit-organiser", EnumSet.of(Role.ORGANISER)));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void township_cannot_be_placed_directly_under_a_city() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));

        assertThatThrownBy(() -> units.create(draft(city.id(), "溪口镇", UnitKind.TOWNSHIP)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.wrong-parent"));
        assertThat(names(units.tree())).doesNotContain(tagged("溪口镇"));
    }

    @Test
    void department_can_be_placed_under_a_county() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitSummary county = units.create(draft(city.id(), "云溪县", UnitKind.COUNTY));

        UnitSummary bureau = units.create(draft(county.id(), "云溪县商务局", UnitKind.DEPARTMENT));

        assertThat(bureau.parentId()).isEqualTo(county.id());
        assertThat(bureau.kind()).isEqualTo(UnitKind.DEPARTMENT);
    }

    @Test
    void city_with_a_parent_is_refused() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));

        assertThatThrownBy(() -> units.create(draft(city.id(), "另一个市", UnitKind.CITY)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.top-level"));
    }

    @Test
    void unit_other_than_a_city_needs_a_parent() {
        assertThatThrownBy(() -> units.create(draft(null, "云溪县", UnitKind.COUNTY)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.needs-parent"));
    }

    @Test
    void unit_cannot_be_its_own_parent() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitSummary county = units.create(draft(city.id(), "云溪县", UnitKind.COUNTY));

        assertThatThrownBy(() -> units.update(county.id(), draft(county.id(), "云溪县", UnitKind.COUNTY)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.own-parent"));
    }

    @Test
    void deleting_a_unit_with_sub_units_is_refused_and_a_leaf_can_be_deleted() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitSummary county = units.create(draft(city.id(), "云溪县", UnitKind.COUNTY));

        assertThatThrownBy(() -> units.delete(city.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.has-children"));

        units.delete(county.id());
        assertThat(units.find(county.id())).isEmpty();
        assertThat(units.find(city.id())).isPresent();
    }

    @Test
    void changing_a_kind_is_refused_when_the_sub_units_would_no_longer_fit() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitSummary county = units.create(draft(city.id(), "云溪县", UnitKind.COUNTY));
        units.create(draft(county.id(), "溪口镇", UnitKind.TOWNSHIP));

        // A department fits under the city, but a township does not fit under a department.
        assertThatThrownBy(() -> units.update(county.id(), draft(city.id(), "云溪县", UnitKind.DEPARTMENT)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("unit.error.children-do-not-fit");
                    assertThat(e.arguments()).containsExactly(tagged("溪口镇"));
                });
        assertThat(units.find(county.id()).orElseThrow().kind()).isEqualTo(UnitKind.COUNTY);

        // A district keeps its townships: the same change of level that fits is accepted.
        assertThat(units.update(county.id(), draft(city.id(), "云溪区", UnitKind.DISTRICT)).kind()).isEqualTo(UnitKind.DISTRICT);
    }

    @Test
    void leader_and_liaison_are_kept_as_persons() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitDraft draft = draft(city.id(), "云溪县", UnitKind.COUNTY);
        withLeader(draft, "王志刚", "副县长", "139 0579 2001");
        withLiaison(draft, "李敏", "县商务局副局长", "13905792002", "limin@example.cn");

        UnitSummary county = units.create(draft);

        PersonSummary leader = persons.find(county.leader().id()).orElseThrow();
        assertThat(leader.nameZh()).isEqualTo("王志刚");
        assertThat(leader.mobile()).isEqualTo("13905792001");
        assertThat(leader.organisation()).isEqualTo(tagged("云溪县"));
        PersonSummary liaison = persons.find(county.liaison().id()).orElseThrow();
        assertThat(liaison.email()).isEqualTo("limin@example.cn");
        assertThat(units.draftOf(county.id()).getLiaisonMobile()).isEqualTo("13905792002");
    }

    @Test
    void editing_the_leader_s_phone_updates_the_same_person_and_a_new_name_adds_another_person() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitDraft draft = draft(city.id(), "石门县", UnitKind.COUNTY);
        withLeader(draft, "刘伟", "副县长", "13905793001");
        UnitSummary county = units.create(draft);
        long liuWei = county.leader().id();

        draft.setLeaderMobile("13905793009");
        UnitSummary newPhone = units.update(county.id(), draft);
        assertThat(newPhone.leader().id()).isEqualTo(liuWei);
        assertThat(persons.find(liuWei).orElseThrow().mobile()).isEqualTo("13905793009");

        withLeader(draft, "赵刚", "副县长", "13905793100");
        UnitSummary newLeader = units.update(county.id(), draft);
        assertThat(newLeader.leader().id()).isNotEqualTo(liuWei);
        assertThat(newLeader.leader().nameZh()).isEqualTo("赵刚");
        // The former leader stays a person: other records (guests, accounts) may point to them.
        assertThat(persons.find(liuWei).orElseThrow().mobile()).isEqualTo("13905793009");
    }

    @Test
    void a_form_read_before_someone_else_saved_cannot_overwrite_their_change() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitSummary county = units.create(draft(city.id(), "石门县", UnitKind.COUNTY));
        UnitDraft mine = units.draftOf(county.id());
        UnitDraft theirs = units.draftOf(county.id());
        theirs.setNameEn("Shimen County");
        units.update(county.id(), theirs);

        mine.setNameEn("Shimen");
        assertThatThrownBy(() -> units.update(county.id(), mine))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.changed-meanwhile"));
        assertThat(units.find(county.id()).orElseThrow().nameEn()).isEqualTo("Shimen County");
    }

    @Test
    void a_phone_without_a_name_is_refused_rather_than_lost() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitDraft draft = draft(city.id(), "云溪县", UnitKind.COUNTY);
        draft.setLiaisonMobile("13905792002");

        assertThatThrownBy(() -> units.create(draft))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.person-needs-name"));
    }

    @Test
    void chinese_names_and_titles_round_trip() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitDraft draft = draft(city.id(), "青山经济技术开发区（空港产业园）", UnitKind.DEVELOPMENT_ZONE);
        draft.setNameEn("Qingshan Economic & Technological Development Zone");
        withLeader(draft, "欧阳建国", "管委会常务副主任", "13905795001");

        UnitSummary zone = units.create(draft);

        UnitSummary read = units.find(zone.id()).orElseThrow();
        assertThat(read.nameZh()).isEqualTo(tagged("青山经济技术开发区（空港产业园）"));
        assertThat(read.leader().nameZh()).isEqualTo("欧阳建国");
        assertThat(read.leader().title()).isEqualTo("管委会常务副主任");
        assertThat(units.draftOf(zone.id()).getLeaderTitle()).isEqualTo("管委会常务副主任");
    }

    @Test
    void tree_lists_each_parent_before_its_sub_units() {
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        // Sorted by display order alone, the township (0) would come before its county (50).
        UnitDraft countyDraft = draft(city.id(), "云溪县", UnitKind.COUNTY);
        countyDraft.setSortOrder(50);
        UnitSummary county = units.create(countyDraft);
        UnitSummary township = units.create(draft(county.id(), "溪口镇", UnitKind.TOWNSHIP));

        List<Long> ids = units.tree().stream().map(UnitSummary::id).toList();

        assertThat(ids.indexOf(city.id())).isLessThan(ids.indexOf(county.id()));
        assertThat(ids.indexOf(county.id())).isLessThan(ids.indexOf(township.id()));
    }

    @Test
    void counts_tell_units_by_kind_and_those_without_a_liaison() {
        UnitCounts before = units.counts();
        UnitSummary city = units.create(draft(null, "青山市", UnitKind.CITY));
        UnitDraft county = draft(city.id(), "云溪县", UnitKind.COUNTY);
        withLiaison(county, "李敏", null, "13905792002", null);
        units.create(county);

        UnitCounts after = units.counts();

        assertThat(after.total()).isEqualTo(before.total() + 2);
        assertThat(after.withoutLiaison()).isEqualTo(before.withoutLiaison() + 1);
        assertThat(after.byKind().get(UnitKind.COUNTY)).isEqualTo(before.byKind().get(UnitKind.COUNTY) + 1);
    }

    @Test
    void volunteers_and_exhibitors_may_not_read_or_change_units() {
        for (Role role : List.of(Role.VOLUNTEER, Role.EXHIBITOR)) {
            TestData.signInAs(testData.account("unit-" + role.name().toLowerCase(), EnumSet.of(role)));
            assertThatThrownBy(() -> units.tree()).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.create(draft(null, "青山市", UnitKind.CITY)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anonymous_callers_are_refused() {
        TestData.signOut();

        assertThatThrownBy(() -> units.tree())
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> units.create(draft(null, "青山市", UnitKind.CITY)))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    private UnitDraft draft(@Nullable Long parentId, String nameZh, UnitKind kind) {
        UnitDraft draft = new UnitDraft();
        draft.setParentId(parentId);
        draft.setNameZh(tagged(nameZh));
        draft.setKind(kind);
        return draft;
    }

    private String tagged(String name) {
        return name + "-" + tag;
    }

    private static void withLeader(UnitDraft draft, String name, @Nullable String title, @Nullable String mobile) {
        draft.setLeaderName(name);
        draft.setLeaderTitle(title);
        draft.setLeaderMobile(mobile);
    }

    private static void withLiaison(UnitDraft draft, String name, @Nullable String title, @Nullable String mobile,
            @Nullable String email) {
        draft.setLiaisonName(name);
        draft.setLiaisonTitle(title);
        draft.setLiaisonMobile(mobile);
        draft.setLiaisonEmail(email);
    }

    private static List<String> names(List<UnitSummary> tree) {
        return tree.stream().map(UnitSummary::nameZh).toList();
    }
}
