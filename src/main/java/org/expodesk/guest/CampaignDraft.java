package org.expodesk.guest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A campaign as the office edits it; the deadline is a local date-time in the event's time zone (none: the opening day). */
public class CampaignDraft {

    @NotBlank
    @Size(max = 100)
    private String nameZh = "";
    @Size(max = 200)
    private @Nullable String nameEn;
    @Min(0)
    @Max(100_000)
    private int targetCount;
    private @Nullable Long invitingUnitId;
    private @Nullable LocalDateTime deadline;
    @Size(max = 2000)
    private @Nullable String programmeZh;
    @Size(max = 3000)
    private @Nullable String programmeEn;

    public static CampaignDraft of(String nameZh, @Nullable String nameEn, int targetCount, @Nullable Long invitingUnitId,
            @Nullable LocalDateTime deadline) {
        CampaignDraft d = new CampaignDraft();
        d.nameZh = nameZh;
        d.nameEn = nameEn;
        d.targetCount = targetCount;
        d.invitingUnitId = invitingUnitId;
        d.deadline = deadline;
        return d;
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public @Nullable String getNameEn() { return nameEn; }
    public void setNameEn(@Nullable String nameEn) { this.nameEn = nameEn; }
    public int getTargetCount() { return targetCount; }
    public void setTargetCount(int targetCount) { this.targetCount = targetCount; }
    public @Nullable Long getInvitingUnitId() { return invitingUnitId; }
    public void setInvitingUnitId(@Nullable Long invitingUnitId) { this.invitingUnitId = invitingUnitId; }
    public @Nullable LocalDateTime getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDateTime deadline) { this.deadline = deadline; }
    public @Nullable String getProgrammeZh() { return programmeZh; }
    public void setProgrammeZh(@Nullable String programmeZh) { this.programmeZh = programmeZh; }
    public @Nullable String getProgrammeEn() { return programmeEn; }
    public void setProgrammeEn(@Nullable String programmeEn) { this.programmeEn = programmeEn; }
}
