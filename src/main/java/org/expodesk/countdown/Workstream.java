package org.expodesk.countdown;

import java.util.Locale;

/** The lines of work the preparation is split into; the wall chart draws one Gantt per workstream. */
public enum Workstream {
    /** 场馆布展 */
    VENUE_BUILD_UP,
    /** 招展招商与邀请 */
    INVITATIONS,
    /** 接待 */
    RECEPTION,
    /** 宣传 */
    PUBLICITY,
    /** 安保 */
    SECURITY,
    /** 后勤保障 */
    LOGISTICS,
    /** 开幕式与活动 */
    CEREMONY,
    OTHER;

    public String messageKey() {
        return "countdown.workstream." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
