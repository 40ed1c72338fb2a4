package org.expodesk.deal;

import java.util.Locale;

/**
 * Where a deal stands on the day of signing. Planned and signed deals count in the totals; postponed and
 * withdrawn ones stay on the lists, marked, but are not added up (they were not signed at this ceremony).
 */
public enum DealStatus {
    /** 拟签约 */
    PLANNED,
    /** 已签约 */
    SIGNED,
    /** 延期 */
    POSTPONED,
    /** 撤回 */
    WITHDRAWN;

    public boolean counts() {
        return this == PLANNED || this == SIGNED;
    }

    public String messageKey() {
        return "deal.status." + name().toLowerCase(Locale.ROOT);
    }
}
