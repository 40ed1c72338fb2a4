package org.expodesk.booth;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One booth as its form edits it. Blocking and reserving are chosen here; held and assigned come only from
 * allocation. A reservation is for a unit (a township pavilion) or for a category of exhibitors.
 */
public class BoothDraft {

    @NotBlank
    @Size(max = 30)
    private String code = "";

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal x;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal y;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("1000")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal width;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("1000")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal depth;

    @NotNull
    private BoothKind kind = BoothKind.STANDARD;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2)
    private @Nullable BigDecimal price = BigDecimal.ZERO;

    private boolean blocked;

    private @Nullable Long reservedUnitId;

    @Size(max = 100)
    private @Nullable String reservedCategory;

    private @Nullable Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public @Nullable BigDecimal getX() { return x; }
    public void setX(@Nullable BigDecimal x) { this.x = x; }
    public @Nullable BigDecimal getY() { return y; }
    public void setY(@Nullable BigDecimal y) { this.y = y; }
    public @Nullable BigDecimal getWidth() { return width; }
    public void setWidth(@Nullable BigDecimal width) { this.width = width; }
    public @Nullable BigDecimal getDepth() { return depth; }
    public void setDepth(@Nullable BigDecimal depth) { this.depth = depth; }
    public BoothKind getKind() { return kind; }
    public void setKind(BoothKind kind) { this.kind = kind; }
    public @Nullable BigDecimal getPrice() { return price; }
    public void setPrice(@Nullable BigDecimal price) { this.price = price; }
    public boolean isBlocked() { return blocked; }
    public void setBlocked(boolean blocked) { this.blocked = blocked; }
    public @Nullable Long getReservedUnitId() { return reservedUnitId; }
    public void setReservedUnitId(@Nullable Long reservedUnitId) { this.reservedUnitId = reservedUnitId; }
    public @Nullable String getReservedCategory() { return reservedCategory; }
    public void setReservedCategory(@Nullable String reservedCategory) { this.reservedCategory = reservedCategory; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
