package org.expodesk.exhibitor;

import java.util.Locale;

/** What a company mainly shows, as a small-commodities expo groups its halls. */
public enum ExhibitorCategory {
    /** 日用百货 */
    DAILY_GOODS,
    /** 五金工具 */
    HARDWARE,
    /** 服装鞋帽 */
    APPAREL,
    /** 工艺礼品 */
    CRAFTS_GIFTS,
    /** 电子电器 */
    ELECTRONICS,
    /** 食品及农特产品 */
    FOOD_AGRICULTURE,
    /** 文体用品 */
    STATIONERY_SPORTS,
    /** 家居建材 */
    HOME_BUILDING,
    /** 其他 */
    OTHER;

    public String messageKey() {
        return "exhibitor.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
