package org.expodesk.exhibitor;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the office's import template, in order. The header row carries both languages
 * ("公司名称（中文）Company name (Chinese)"), so one template serves both; the import finds columns by position
 * and checks the header only to refuse a sheet that is not the template. {@code property} names the field
 * of {@link ExhibitorDraft} whose constraints check the column.
 */
public enum ImportColumn {
    NAME_ZH("公司名称（中文）", "Company name (Chinese)", "nameZh", true),
    NAME_EN("公司名称（英文）", "Company name (English)", "nameEn", false),
    CREDIT_CODE("统一社会信用代码", "Unified social credit code", "creditCode", true),
    ADDRESS("地址", "Address", "address", true),
    CONTACT("联系人", "Contact person", "contactName", true),
    MOBILE("手机", "Mobile", "mobile", true),
    EMAIL("邮箱", "Email", "email", false),
    PRODUCTS("主营产品", "Products", "products", true),
    CATEGORY("类别", "Category", "category", true),
    FAMOUS_BRAND("名牌企业（是/否）", "Famous brand (yes/no)", "famousBrand", false),
    EVIDENCE("名牌证明", "Famous-brand evidence", "famousBrandEvidence", false),
    LOCAL("本地企业（是/否）", "Local enterprise (yes/no)", "localEnterprise", false),
    BOOTH_KIND("展位类型", "Booth kind", "wishKind", false),
    AREA("意向面积（平方米）", "Wished area (m²)", "wishArea", false),
    WISH_BOOTHS("意向展位（最多3个，逗号分隔）", "Preferred booths (up to 3, comma-separated)", "wishBooth1", false),
    STAFF("参展人数", "Staff count", "staffCount", false);

    private final String zh;
    private final String en;
    private final String property;
    private final boolean required;

    ImportColumn(String zh, String en, String property, boolean required) {
        this.zh = zh;
        this.en = en;
        this.property = property;
        this.required = required;
    }

    /** The template's header cell: Chinese and English, required columns marked with *. */
    public String header() {
        return (required ? "* " : "") + zh + " " + en;
    }

    public String messageKey() {
        return "exhibitor.import.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String property() {
        return property;
    }

    /** Column letter as Excel shows it (A, B, … P). */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    static @Nullable ImportColumn ofProperty(String property) {
        for (ImportColumn c : values()) {
            if (c.property.equals(property) || (c == WISH_BOOTHS && property.startsWith("wishBooth"))) {
                return c;
            }
        }
        return null;
    }

    /** Whether the header cell names this column, in either language (the * and blanks do not matter). */
    boolean matchesHeader(String cell) {
        String compact = cell.replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return compact.contains(zh.replaceAll("\\s+", "")) || compact.contains(en.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
    }
}
