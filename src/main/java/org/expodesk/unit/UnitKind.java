package org.expodesk.unit;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The levels of Chinese local government that take part in a fair, and which level may sit under which. */
public enum UnitKind {
    /** 市 */
    CITY,
    /** 县 */
    COUNTY,
    /** 区 */
    DISTRICT,
    /** 开发区 / 产业园 */
    DEVELOPMENT_ZONE,
    /** 乡镇 / 街道 */
    TOWNSHIP,
    /** 部门 (市直部门, 县直部门) */
    DEPARTMENT;

    public String messageKey() {
        return "unit.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The kinds a unit of this kind may be placed under; empty means it is a root. */
    public Set<UnitKind> allowedParents() {
        return switch (this) {
            case CITY -> EnumSet.noneOf(UnitKind.class);
            case COUNTY, DISTRICT -> EnumSet.of(CITY);
            case DEVELOPMENT_ZONE -> EnumSet.of(CITY, COUNTY, DISTRICT);
            case TOWNSHIP -> EnumSet.of(COUNTY, DISTRICT, DEVELOPMENT_ZONE);
            case DEPARTMENT -> EnumSet.of(CITY, COUNTY, DISTRICT, DEVELOPMENT_ZONE);
        };
    }

    /** The kinds that may sit under a unit of this kind; empty for townships and departments, which have no sub-units. */
    public Set<UnitKind> allowedChildren() {
        EnumSet<UnitKind> children = EnumSet.noneOf(UnitKind.class);
        for (UnitKind kind : values()) {
            if (kind.allowedParents().contains(this)) {
                children.add(kind);
            }
        }
        return children;
    }

    /** What a new sub-unit of this kind usually is, so "add sub-unit" starts with the likely choice. */
    public Optional<UnitKind> usualChild() {
        return switch (this) {
            case CITY -> Optional.of(COUNTY);
            case COUNTY, DISTRICT, DEVELOPMENT_ZONE -> Optional.of(TOWNSHIP);
            case TOWNSHIP, DEPARTMENT -> Optional.empty();
        };
    }
}
