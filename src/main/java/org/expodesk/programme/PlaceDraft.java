package org.expodesk.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A meeting room or an outside place of the event as its form edits it. Halls are edited in the booth module. */
public class PlaceDraft {

    @NotNull
    private @Nullable PlaceKind kind = PlaceKind.ROOM;

    @NotBlank
    @Size(max = 100)
    private String nameZh = "";

    @Size(max = 200)
    private @Nullable String nameEn;

    @Size(max = 300)
    private @Nullable String address;

    @Min(1)
    @Max(100_000)
    private @Nullable Integer capacity;

    private int sortOrder;

    private @Nullable Long version;

    public static PlaceDraft of(PlaceKind kind, String nameZh, @Nullable String nameEn, @Nullable String address) {
        PlaceDraft d = new PlaceDraft();
        d.setKind(kind);
        d.setNameZh(nameZh);
        d.setNameEn(nameEn);
        d.setAddress(address);
        return d;
    }

    public @Nullable PlaceKind getKind() { return kind; }
    public void setKind(@Nullable PlaceKind kind) { this.kind = kind; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public @Nullable String getNameEn() { return nameEn; }
    public void setNameEn(@Nullable String nameEn) { this.nameEn = nameEn; }
    public @Nullable String getAddress() { return address; }
    public void setAddress(@Nullable String address) { this.address = address; }
    public @Nullable Integer getCapacity() { return capacity; }
    public void setCapacity(@Nullable Integer capacity) { this.capacity = capacity; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
