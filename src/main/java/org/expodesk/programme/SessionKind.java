package org.expodesk.programme;

import java.util.Locale;

/** What kind of session: decides its colour on the timeline and lets later features find theirs (signing ceremonies). */
public enum SessionKind {
    /** 开幕式 */
    OPENING_CEREMONY,
    /** 新闻发布会 */
    PRESS_CONFERENCE,
    /** 推介会 */
    PROMOTION_MEETING,
    /** 对接会 */
    MATCHMAKING,
    /** 签约仪式 */
    SIGNING_CEREMONY,
    /** 考察 */
    SITE_VISIT,
    /** 宴会 */
    BANQUET,
    /** 节庆活动 */
    FESTIVAL,
    /** 其他 */
    OTHER;

    public String messageKey() {
        return "programme.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
