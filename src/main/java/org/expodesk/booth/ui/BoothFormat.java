package org.expodesk.booth.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.PlanProblem;
import org.expodesk.booth.PlanRuleException;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.Translatable;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/** How booths read on screen in either language: sizes in metres, areas in m², prices in 元 or 万元, and refusals. */
final class BoothFormat {

    private static final BigDecimal WAN = new BigDecimal("10000");

    private BoothFormat() {
    }

    static String metres(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** "3 × 3 m" */
    static String size(BoothSummary booth, Texts texts) {
        return texts.get("booth.unit.size", metres(booth.width()), metres(booth.depth()));
    }

    /** "9 m²", "13,000 m²" */
    static String area(BigDecimal area, Texts texts) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
        number.setMaximumFractionDigits(2);
        return texts.get("booth.unit.area", number.format(area));
    }

    /**
     * Chinese offices read large sums in 万元 (2.88 万元), small ones in 元 (6,800 元); English shows yuan with
     * the ¥ sign and thousands separators.
     */
    static String price(BigDecimal yuan, Locale locale, Texts texts) {
        NumberFormat number = NumberFormat.getNumberInstance(AppLocales.isChinese(locale) ? Locale.CHINA : Locale.UK);
        number.setMaximumFractionDigits(2);
        if (AppLocales.isChinese(locale) && yuan.compareTo(WAN) >= 0) {
            return texts.get("booth.price.wan", number.format(yuan.divide(WAN, 4, RoundingMode.HALF_UP)));
        }
        return texts.get("booth.price.yuan", number.format(yuan));
    }

    /** Who a booth is set aside for: the unit's name, the category, or an empty text. */
    static String reservedFor(BoothSummary booth, Map<Long, UnitSummary> units, Locale locale) {
        if (booth.reservedUnitId() != null) {
            UnitSummary unit = units.get(booth.reservedUnitId());
            return unit == null ? "#" + booth.reservedUnitId() : unit.name(locale);
        }
        return booth.reservedCategory() == null ? "" : booth.reservedCategory();
    }

    /** Every reason of a refusal, translated; a plain business error gives one. */
    static List<String> reasons(BusinessRuleException e, Texts texts) {
        if (e instanceof PlanRuleException plan) {
            return plan.problems().stream().map(p -> reason(p, texts)).toList();
        }
        return List.of(texts.get(e.messageKey(), translated(e.arguments(), texts)));
    }

    static String reason(PlanProblem problem, Texts texts) {
        return texts.get(problem.messageKey(), translated(problem.arguments().toArray(), texts));
    }

    private static Object[] translated(Object[] arguments, Texts texts) {
        Object[] result = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            result[i] = arguments[i] instanceof Translatable t ? texts.get(t.key()) : arguments[i];
        }
        return result;
    }

    static @Nullable Long idOf(@Nullable UnitSummary unit) {
        return unit == null ? null : unit.id();
    }
}
