package org.expodesk.deal;

import java.util.Locale;

/**
 * The fixed list of industries the investment bulletins count by (labels in the deal bundles); {@link #OTHER}
 * takes a free text on the deal.
 */
public enum Industry {
    /** 先进制造 */
    ADVANCED_MANUFACTURING,
    /** 新材料 */
    NEW_MATERIALS,
    /** 新能源 */
    NEW_ENERGY,
    /** 电子信息 */
    ELECTRONIC_INFORMATION,
    /** 生物医药 */
    BIOMEDICINE,
    /** 农产品加工 */
    AGRI_FOOD_PROCESSING,
    /** 现代物流 */
    LOGISTICS,
    /** 商贸服务 */
    COMMERCE_TRADE,
    /** 文化旅游 */
    CULTURE_TOURISM,
    /** 数字经济 */
    DIGITAL_ECONOMY,
    /** 其他 */
    OTHER;

    public String messageKey() {
        return "deal.industry." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
