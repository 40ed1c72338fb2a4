package org.expodesk.booth;

import java.util.Locale;

/** Where a booth stands between the plan and a company; the floor plan colours booths by it. */
public enum BoothStatus {
    /** 空闲: can be offered. */
    FREE,
    /** 暂留: a company holds it for a limited time while it decides; free again when the hold expires. */
    HELD,
    /** 预留: set aside for a unit (a township pavilion) or a category of exhibitors. */
    RESERVED,
    /** 已分配: a company has it. */
    ASSIGNED,
    /** 锁定: not for sale (fire lane, pillar, the organiser's own use). */
    BLOCKED;

    public String messageKey() {
        return "booth.status." + name().toLowerCase(Locale.ROOT);
    }

    /** Held and assigned booths belong to a company: the office changes them only through allocation. */
    public boolean isTaken() {
        return this == HELD || this == ASSIGNED;
    }
}
