package org.expodesk.booth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A hall as screens and other features see it; width runs west to east, depth north to south, in metres. */
public record HallSummary(long id, long eventId, String code, String nameZh, @Nullable String nameEn, BigDecimal width,
        BigDecimal depth, @Nullable Integer capacity, int sortOrder, List<Entrance> entrances, long version) {

    public HallSummary {
        entrances = List.copyOf(entrances);
    }

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    /** Gross floor area in m², aisles included. */
    public BigDecimal grossArea() {
        return width.multiply(depth);
    }
}
