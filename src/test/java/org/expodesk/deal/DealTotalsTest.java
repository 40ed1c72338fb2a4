package org.expodesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deal totals are exact decimal sums; 万 becomes 亿 only when shown, rounded HALF_UP to two places. */
class DealTotalsTest {

    static DealSummary deal(long id, long unitId, String unit, Industry industry, String wan, String currency, DealStatus status) {
        return new DealSummary(id, 1, "项目" + id, "Project " + id, "投资方" + id, null, "张三", "董事长", unitId, unit, null,
                "李四", "县长", industry, null, new BigDecimal(wan), currency, DealKind.CONTRACT, status, 0);
    }

    static DealTotals totals(List<DealSummary> deals) {
        return DealTotals.of(deals, i -> new String[] {i.name() + "-zh", i.name() + "-en"});
    }

    @Test
    void sums_by_unit_and_industry_and_the_grand_total_match_the_deals_exactly() {
        List<DealSummary> deals = List.of(
                deal(1, 10, "云溪县", Industry.NEW_MATERIALS, "12345.67", "CNY", DealStatus.PLANNED),
                deal(2, 20, "石门县", Industry.NEW_ENERGY, "0.01", "CNY", DealStatus.SIGNED),
                deal(3, 10, "云溪县", Industry.NEW_ENERGY, "8000.10", "CNY", DealStatus.PLANNED),
                deal(4, 20, "石门县", Industry.NEW_MATERIALS, "1500.00", "USD", DealStatus.PLANNED));

        DealTotals t = totals(deals);

        assertThat(t.count()).isEqualTo(4);
        assertThat(t.cnyWan()).isEqualByComparingTo("20345.78");
        assertThat(t.cnyWan().toPlainString()).isEqualTo("20345.78");
        assertThat(t.cnyYi().toPlainString()).isEqualTo("2.03");
        assertThat(t.foreignWan()).containsExactly(Map.entry("USD", new BigDecimal("1500.00")));
        assertThat(t.byUnit()).extracting(DealTotals.Line::labelZh, l -> l.cnyWan().toPlainString(), DealTotals.Line::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("云溪县", "20345.77", 2),
                        org.assertj.core.groups.Tuple.tuple("石门县", "0.01", 2));
        assertThat(t.byUnit().get(1).foreignWan()).containsExactly(Map.entry("USD", new BigDecimal("1500.00")));
        assertThat(t.byIndustry()).extracting(DealTotals.Line::key, l -> l.cnyWan().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NEW_MATERIALS", "12345.67"),
                        org.assertj.core.groups.Tuple.tuple("NEW_ENERGY", "8000.11"));
    }

    @Test
    void a_sum_of_many_cents_stays_exact_where_floating_point_would_drift() {
        List<DealSummary> deals = java.util.stream.IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> deal(i, 10, "云溪县", Industry.LOGISTICS, "0.10", "CNY", DealStatus.PLANNED)).toList();
        double drifting = 0;
        for (int i = 0; i < 1000; i++) {
            drifting += 0.10;
        }

        assertThat(drifting).isNotEqualTo(100.0);
        assertThat(totals(deals).cnyWan().toPlainString()).isEqualTo("100.00");
    }

    @Test
    void wan_becomes_yi_rounded_half_up_to_two_places() {
        assertThat(Amounts.yi(new BigDecimal("12345.67")).toPlainString()).isEqualTo("1.23");
        assertThat(Amounts.yi(new BigDecimal("12350.00")).toPlainString()).isEqualTo("1.24");
        assertThat(Amounts.yi(new BigDecimal("12349.99")).toPlainString()).isEqualTo("1.23");
        assertThat(Amounts.yi(new BigDecimal("99950.00")).toPlainString()).isEqualTo("10.00");
        assertThat(Amounts.yi(new BigDecimal("0.01")).toPlainString()).isEqualTo("0.00");
        assertThat(Amounts.number(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.80");
    }

    @Test
    void the_grand_total_in_yi_is_the_rounded_exact_sum_not_the_sum_of_rounded_parts() {
        List<DealSummary> halves = List.of(
                deal(1, 10, "云溪县", Industry.LOGISTICS, "50.00", "CNY", DealStatus.PLANNED),
                deal(2, 20, "石门县", Industry.LOGISTICS, "50.00", "CNY", DealStatus.PLANNED));

        DealTotals t = totals(halves);

        // each unit: 50 万元 = 0.005 亿元 → 0.01; together 100 万元 = 0.01 亿元, not 0.02
        assertThat(t.byUnit()).allSatisfy(l -> assertThat(l.cnyYi().toPlainString()).isEqualTo("0.01"));
        assertThat(t.cnyYi().toPlainString()).isEqualTo("0.01");
    }

    @Test
    void postponed_and_withdrawn_deals_are_listed_but_not_added_up() {
        List<DealSummary> deals = List.of(
                deal(1, 10, "云溪县", Industry.NEW_MATERIALS, "100.00", "CNY", DealStatus.SIGNED),
                deal(2, 10, "云溪县", Industry.NEW_MATERIALS, "200.00", "CNY", DealStatus.POSTPONED),
                deal(3, 10, "云溪县", Industry.NEW_MATERIALS, "400.00", "CNY", DealStatus.WITHDRAWN));

        DealTotals t = totals(deals);

        assertThat(t.count()).isEqualTo(1);
        assertThat(t.cnyWan().toPlainString()).isEqualTo("100.00");
    }

    @Test
    void foreign_deals_are_totalled_per_currency_and_never_ranked_against_yuan() {
        List<DealSummary> deals = List.of(
                deal(1, 10, "云溪县", Industry.NEW_ENERGY, "300.00", "CNY", DealStatus.PLANNED),
                deal(2, 10, "云溪县", Industry.NEW_ENERGY, "5000.00", "USD", DealStatus.PLANNED),
                deal(3, 10, "云溪县", Industry.NEW_ENERGY, "20.50", "HKD", DealStatus.PLANNED),
                deal(4, 10, "云溪县", Industry.NEW_ENERGY, "700.00", "CNY", DealStatus.PLANNED),
                deal(5, 10, "云溪县", Industry.NEW_ENERGY, "1000.00", "USD", DealStatus.PLANNED));

        DealTotals t = totals(deals);

        assertThat(t.cnyWan().toPlainString()).isEqualTo("1000.00");
        assertThat(t.foreignWan()).containsExactly(Map.entry("HKD", new BigDecimal("20.50")), Map.entry("USD", new BigDecimal("6000.00")));
        assertThat(DealTotals.largestCny(deals, 5)).extracting(DealSummary::id).containsExactly(4L, 1L);
    }
}
