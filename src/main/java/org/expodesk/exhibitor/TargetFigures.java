package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An event against its exhibitor goals: approved companies, how many of them are famous brands and local
 * enterprises, the famous-brand goal in percent, registrations waiting for review and on the waiting list,
 * and the area of assigned booths in m².
 */
public record TargetFigures(long approved, long famousBrands, int famousBrandGoalPercent, long localEnterprises, long waitingForReview,
        long waitlisted, BigDecimal areaSold) {

    /** Famous brands in percent of approved companies, one decimal; 0 while none is approved. */
    public BigDecimal famousBrandSharePercent() {
        return approved == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(famousBrands * 100).divide(BigDecimal.valueOf(approved), 1, RoundingMode.HALF_UP);
    }

    public boolean famousBrandGoalMet() {
        return approved > 0 && famousBrandSharePercent().compareTo(BigDecimal.valueOf(famousBrandGoalPercent)) >= 0;
    }
}
