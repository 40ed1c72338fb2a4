package org.expodesk.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
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

/** Deals kept by the office of their event: saved exactly, filtered, and refused to everybody else. */
@SpringBootTest
@ActiveProfiles("test")
class DealServiceTest {

    @Autowired
    DealService deals;
    @Autowired
    UnitService units;
    @Autowired
    TestData data;

    EventSummary event;
    UnitSummary county;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A deal of the given unit: a bamboo-fibre plant for 12,345.67 万元. */
    public static DealDraft bambooFibre(long unitId) {
        return DealDraft.of("年产5万吨竹纤维新材料项目", "50,000 t/yr Bamboo Fibre New Materials Project", "浙江绿竹新材料科技有限公司",
                "Zhejiang Lvzhu New Materials Technology Co., Ltd.", "陈立华", "董事长", unitId, "王志刚", "副县长",
                Industry.NEW_MATERIALS, "12345.67", "CNY", DealKind.CONTRACT);
    }

    @BeforeEach
    void anEventWithItsOrganiserAndACounty() {
        TestData.signInAs(data.admin());
        event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 40);
        UnitDraft unit = new UnitDraft();
        unit.setNameZh(unique("云溪县"));
        unit.setNameEn("Yunxi County");
        unit.setKind(UnitKind.CITY);
        county = units.create(unit);
        TestData.signInAs(data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_deal_keeps_its_amount_exactly_and_the_local_party_as_printed() {
        DealSummary saved = deals.create(event.id(), bambooFibre(county.id()));

        DealSummary read = deals.find(saved.id()).orElseThrow();
        assertThat(read.amountWan().toPlainString()).isEqualTo("12345.67");
        assertThat(read.currency()).isEqualTo("CNY");
        assertThat(read.unitNameZh()).isEqualTo(county.nameZh());
        assertThat(read.project(Locale.SIMPLIFIED_CHINESE)).isEqualTo("年产5万吨竹纤维新材料项目");
        assertThat(read.status()).isEqualTo(DealStatus.PLANNED);
    }

    @Test
    void the_list_filters_by_text_in_either_language_and_by_status() {
        DealSummary bamboo = deals.create(event.id(), bambooFibre(county.id()));
        DealDraft solar = bambooFibre(county.id());
        solar.setProjectZh("分布式光伏发电项目");
        solar.setProjectEn("Distributed Solar Power Project");
        solar.setIndustry(Industry.NEW_ENERGY);
        DealSummary pv = deals.create(event.id(), solar);
        deals.changeStatus(pv.id(), DealStatus.SIGNED);

        assertThat(deals.list(event.id(), new DealFilter("bamboo", null, null, null, null), PageRequest.of(0, 10)))
                .extracting(DealSummary::id).containsExactly(bamboo.id());
        assertThat(deals.list(event.id(), new DealFilter("光伏", null, null, null, null), PageRequest.of(0, 10)))
                .extracting(DealSummary::id).containsExactly(pv.id());
        assertThat(deals.count(event.id(), new DealFilter(null, null, null, null, DealStatus.SIGNED))).isOne();
        assertThat(deals.count(event.id(), new DealFilter(null, county.id(), Industry.NEW_MATERIALS, null, null))).isOne();
    }

    @Test
    void more_than_two_decimals_an_unknown_currency_or_an_unnamed_other_industry_are_refused() {
        DealDraft cents = bambooFibre(county.id());
        cents.setAmountWan(new java.math.BigDecimal("1.005"));
        DealDraft rouble = bambooFibre(county.id());
        rouble.setCurrency("XYZ");
        DealDraft other = bambooFibre(county.id());
        other.setIndustry(Industry.OTHER);

        assertThatThrownBy(() -> deals.create(event.id(), cents)).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> deals.create(event.id(), rouble)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("deal.error.currency");
        assertThatThrownBy(() -> deals.create(event.id(), other)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("deal.error.industry-other");
    }

    @Test
    void a_stale_form_cannot_overwrite_a_newer_change() {
        DealSummary saved = deals.create(event.id(), bambooFibre(county.id()));
        DealDraft first = deals.draftOf(saved.id());
        DealDraft second = deals.draftOf(saved.id());
        first.setAmountWan(new java.math.BigDecimal("20000.00"));
        deals.update(saved.id(), first);
        second.setAmountWan(new java.math.BigDecimal("1.00"));

        assertThatThrownBy(() -> deals.update(saved.id(), second)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.changed-meanwhile");
        assertThat(deals.find(saved.id()).orElseThrow().amountWan().toPlainString()).isEqualTo("20000.00");
    }

    @Test
    void an_organiser_of_another_event_neither_sees_nor_changes_the_deals() {
        DealSummary saved = deals.create(event.id(), bambooFibre(county.id()));
        EventSummary other = data.event("第二十二届中国海西投资贸易洽谈会", "22nd Haixi Investment and Trade Fair", 70);
        TestData.signInAs(data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), other.id()));

        assertThat(deals.find(saved.id())).isEmpty();
        assertThatThrownBy(() -> deals.list(event.id(), DealFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deals.create(event.id(), bambooFibre(county.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deals.changeStatus(saved.id(), DealStatus.WITHDRAWN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deals.delete(saved.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deals.findAll(other.id(), java.util.List.of(saved.id()))).isInstanceOf(BusinessRuleException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RECEPTION", "VOLUNTEER", "EXHIBITOR", "SAFETY"})
    void staff_outside_the_office_cannot_read_or_keep_deals(Role role) {
        DealSummary saved = deals.create(event.id(), bambooFibre(county.id()));
        TestData.signInAs(data.account(unique(role.name().toLowerCase(Locale.ROOT)), EnumSet.of(role), event.id()));

        assertThatThrownBy(() -> deals.find(saved.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deals.all(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deals.create(event.id(), bambooFibre(county.id()))).isInstanceOf(AccessDeniedException.class);
    }
}
