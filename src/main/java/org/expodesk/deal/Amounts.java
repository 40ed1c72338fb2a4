package org.expodesk.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one rule for contracted amounts. A deal's amount is stored in 万 (ten thousand) of its currency, exactly,
 * with at most two decimals (万元 for CNY, 万美元 for USD …). Sums are exact. Only for showing is 万 turned into
 * 亿 (1 亿 = 10,000 万): the exact quotient rounded HALF_UP to two places, e.g. 12,345.67 万元 = 1.23 亿元 and
 * 12,350.00 万元 = 1.24 亿元 (1.235 rounds up). A total in 亿 is the rounded exact sum, never a sum of rounded parts.
 */
public final class Amounts {

    public static final String CNY = "CNY";
    public static final int SCALE = 2;
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    private Amounts() {
    }

    /** 万 → 亿, HALF_UP to two places. */
    public static BigDecimal yi(BigDecimal wan) {
        return wan.divide(WAN_PER_YI, SCALE, RoundingMode.HALF_UP);
    }

    /** The amount as stored: two decimals exactly. Refuses more than two (cents of 万 do not exist in a contract). */
    public static BigDecimal normalise(BigDecimal wan) {
        return wan.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** 12,345.67 with thousands separators and always two decimals. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The currencies a deal may be in: the ones county bulletins report (labels in the deal bundles). */
    public static final java.util.List<String> CURRENCIES = java.util.List.of(CNY, "USD", "EUR", "HKD", "JPY", "GBP");

    /** Key of "{0} 万元" / "{0} 万美元" … for an amount in 万 of the currency. */
    public static String wanKey(String currency) {
        return "deal.wan." + currency.toLowerCase(Locale.ROOT);
    }

    /** Key of "{0} 亿元" … for an amount in 亿 of the currency. */
    public static String yiKey(String currency) {
        return "deal.yi." + currency.toLowerCase(Locale.ROOT);
    }

    public static boolean isCny(String currency) {
        return CNY.equals(currency);
    }
}
