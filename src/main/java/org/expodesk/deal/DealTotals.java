package org.expodesk.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Deals added up exactly: by local unit, by industry and in all, for the deals that count ({@link DealStatus#counts()}).
 * CNY deals make the 万元 totals; foreign deals are summed per currency beside them and never converted.
 * Rounding to 亿 happens only when a total is shown ({@link Amounts#yi}).
 *
 * @param count        deals that count
 * @param cnyWan       the grand total of CNY deals in 万元, exact
 * @param byUnit       per local unit, in order of the unit's first deal
 * @param byIndustry   per industry, in the list's order
 * @param foreignWan   per foreign currency (ISO code, alphabetical), in 万 of that currency
 */
public record DealTotals(int count, BigDecimal cnyWan, List<Line> byUnit, List<Line> byIndustry, Map<String, BigDecimal> foreignWan) {

    /** One row of a breakdown: its key (unit id or industry), labels, the number of deals, the CNY sum and foreign sums. */
    public record Line(String key, String labelZh, String labelEn, int count, BigDecimal cnyWan, Map<String, BigDecimal> foreignWan) {

        public BigDecimal cnyYi() {
            return Amounts.yi(cnyWan);
        }
    }

    public BigDecimal cnyYi() {
        return Amounts.yi(cnyWan);
    }

    /** {@code industryLabels} gives an industry's (zh, en) labels; the deal module's bundles hold them. */
    public static DealTotals of(Collection<DealSummary> deals, Function<Industry, String[]> industryLabels) {
        List<DealSummary> counted = deals.stream().filter(d -> d.status().counts()).toList();
        Map<String, Builder> units = new LinkedHashMap<>();
        Map<Industry, Builder> industries = new TreeMap<>();
        Builder all = new Builder("all", "", "");
        for (DealSummary d : counted) {
            units.computeIfAbsent(String.valueOf(d.unitId()), k -> new Builder(k, d.unitNameZh(),
                    d.unitNameEn() == null ? d.unitNameZh() : d.unitNameEn())).add(d);
            industries.computeIfAbsent(d.industry(), i -> {
                String[] labels = industryLabels.apply(i);
                return new Builder(i.name(), labels[0], labels[1]);
            }).add(d);
            all.add(d);
        }
        return new DealTotals(counted.size(), all.cny, units.values().stream().map(Builder::line).toList(),
                industries.values().stream().map(Builder::line).toList(), java.util.Collections.unmodifiableMap(new TreeMap<>(all.foreign)));
    }

    /** The counted deals, largest first: CNY deals by amount (foreign ones are not ranked against them). */
    public static List<DealSummary> largestCny(Collection<DealSummary> deals, int limit) {
        List<DealSummary> cny = new ArrayList<>(deals.stream().filter(d -> d.status().counts() && d.cny()).toList());
        cny.sort(Comparator.comparing(DealSummary::amountWan).reversed());
        return List.copyOf(cny.subList(0, Math.min(limit, cny.size())));
    }

    private static final class Builder {
        final String key;
        final String zh;
        final String en;
        int count;
        BigDecimal cny = BigDecimal.ZERO.setScale(Amounts.SCALE);
        final Map<String, BigDecimal> foreign = new TreeMap<>();

        Builder(String key, String zh, String en) {
            this.key = key;
            this.zh = zh;
            this.en = en;
        }

        void add(DealSummary d) {
            count++;
            if (d.cny()) {
                cny = cny.add(d.amountWan());
            } else {
                foreign.merge(d.currency(), d.amountWan(), BigDecimal::add);
            }
        }

        Line line() {
            return new Line(key, zh, en, count, cny, java.util.Collections.unmodifiableMap(new TreeMap<>(foreign)));
        }
    }
}
