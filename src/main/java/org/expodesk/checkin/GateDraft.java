package org.expodesk.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the gate form edits. No badge types chosen means the gate admits every type. */
public class GateDraft {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9_-]*")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String nameZh = "";

    @Size(max = 200)
    private @Nullable String nameEn;

    private @Nullable Long hallId;

    private boolean active = true;

    private Set<Long> allowedTypeIds = new HashSet<>();

    private @Nullable Long version;

    public static GateDraft of(String code, String nameZh, @Nullable String nameEn, @Nullable Long hallId) {
        GateDraft draft = new GateDraft();
        draft.setCode(code);
        draft.setNameZh(nameZh);
        draft.setNameEn(nameEn);
        draft.setHallId(hallId);
        return draft;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn;
    }

    public @Nullable Long getHallId() {
        return hallId;
    }

    public void setHallId(@Nullable Long hallId) {
        this.hallId = hallId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Long> getAllowedTypeIds() {
        return allowedTypeIds;
    }

    public void setAllowedTypeIds(@Nullable Set<Long> allowedTypeIds) {
        this.allowedTypeIds = allowedTypeIds == null ? new HashSet<>() : new HashSet<>(allowedTypeIds);
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
