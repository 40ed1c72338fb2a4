package org.expodesk.booth;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A hall as its form edits it. Sizes in metres to the centimetre; a few entrances on the outline. */
public class HallDraft {

    public static final int MAX_ENTRANCES = 12;

    /** Short code printed before booth codes and on signs: "4", "5", "A", "B2". */
    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[\\p{L}\\p{N}-]+")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String nameZh = "";

    @Size(max = 200)
    private @Nullable String nameEn;

    @NotNull
    @DecimalMin("1")
    @DecimalMax("2000")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal width;

    @NotNull
    @DecimalMin("1")
    @DecimalMax("2000")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal depth;

    /** How many people the hall may hold at once (fire safety). */
    @Min(0)
    @Max(1_000_000)
    private @Nullable Integer capacity;

    private int sortOrder;

    @Size(max = MAX_ENTRANCES)
    private List<Entrance> entrances = new ArrayList<>();

    /** The version the form was read at; null for a new hall. A save against a newer version is refused. */
    private @Nullable Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public @Nullable String getNameEn() { return nameEn; }
    public void setNameEn(@Nullable String nameEn) { this.nameEn = nameEn; }
    public @Nullable BigDecimal getWidth() { return width; }
    public void setWidth(@Nullable BigDecimal width) { this.width = width; }
    public @Nullable BigDecimal getDepth() { return depth; }
    public void setDepth(@Nullable BigDecimal depth) { this.depth = depth; }
    public @Nullable Integer getCapacity() { return capacity; }
    public void setCapacity(@Nullable Integer capacity) { this.capacity = capacity; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public List<Entrance> getEntrances() { return entrances; }
    public void setEntrances(List<Entrance> entrances) { this.entrances = new ArrayList<>(entrances); }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
