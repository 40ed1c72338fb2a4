package org.expodesk.safety;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/**
 * A target as its form edits it. Hotels, dining places and vehicles are described in free text (name and
 * address, plate number) until their own features exist; extinguishers, hydrants and entrances sit in a hall.
 */
public class TargetDraft {

    @NotNull
    private TargetKind kind = TargetKind.EXTINGUISHER;
    @NotBlank
    @Size(max = 120)
    private String name = "";
    @Size(max = 300)
    private @Nullable String description;
    private @Nullable Long hallId;
    @DecimalMin("0")
    private @Nullable BigDecimal x;
    @DecimalMin("0")
    private @Nullable BigDecimal y;
    @Size(max = 60)
    private @Nullable String responsibleName;
    @Phone
    @Size(max = 30)
    private @Nullable String responsibleMobile;
    @Size(max = 120)
    private @Nullable String responsibleUnit;

    public static TargetDraft of(TargetKind kind, String name) {
        TargetDraft draft = new TargetDraft();
        draft.setKind(kind);
        draft.setName(name);
        return draft;
    }

    public TargetKind getKind() { return kind; }
    public void setKind(TargetKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable Long getHallId() { return hallId; }
    public void setHallId(@Nullable Long hallId) { this.hallId = hallId; }
    public @Nullable BigDecimal getX() { return x; }
    public void setX(@Nullable BigDecimal x) { this.x = x; }
    public @Nullable BigDecimal getY() { return y; }
    public void setY(@Nullable BigDecimal y) { this.y = y; }
    public @Nullable String getResponsibleName() { return responsibleName; }
    public void setResponsibleName(@Nullable String responsibleName) { this.responsibleName = responsibleName; }
    public @Nullable String getResponsibleMobile() { return responsibleMobile; }
    public void setResponsibleMobile(@Nullable String responsibleMobile) { this.responsibleMobile = responsibleMobile; }
    public @Nullable String getResponsibleUnit() { return responsibleUnit; }
    public void setResponsibleUnit(@Nullable String responsibleUnit) { this.responsibleUnit = responsibleUnit; }

    public TargetDraft responsible(String name, String mobile, String unit) {
        this.responsibleName = name;
        this.responsibleMobile = mobile;
        this.responsibleUnit = unit;
        return this;
    }

    public TargetDraft at(long hallId, BigDecimal x, BigDecimal y) {
        this.hallId = hallId;
        this.x = x;
        this.y = y;
        return this;
    }
}
