package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many staff a company may register: {@code staffPerUnit} for every full {@code areaPerUnit} m² of its
 * assigned booths, and at least one unit's worth as soon as it has a booth (a 9 m² shell gives 2, 18 m² gives
 * 4, a 36 m² raw space gives 8 with the defaults). Held booths do not count until they are confirmed.
 */
public record StaffQuota(BigDecimal assignedArea, int allowed, int used, int staffPerUnit, BigDecimal areaPerUnit) {

    public static int allowed(BigDecimal assignedArea, BigDecimal areaPerUnit, int staffPerUnit) {
        if (assignedArea.signum() <= 0) {
            return 0;
        }
        int units = Math.max(1, assignedArea.divide(areaPerUnit, 0, RoundingMode.FLOOR).intValue());
        return units * staffPerUnit;
    }

    public int left() {
        return Math.max(0, allowed - used);
    }
}
