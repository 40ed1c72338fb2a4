package org.expodesk.countdown;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the task form edits. Dates are days in the event's time zone; {@code dependsOn} holds task ids of the same event. */
public class TaskDraft {

    @NotBlank
    @Size(max = 200)
    private String titleZh = "";
    @Size(max = 300)
    private @Nullable String titleEn;
    @NotNull
    private @Nullable Workstream workstream = Workstream.OTHER;
    private @Nullable Long ownerPersonId;
    private @Nullable Long ownerUnitId;
    @NotNull
    private @Nullable LocalDate startDate;
    @NotNull
    private @Nullable LocalDate deadline;
    @NotNull
    private @Nullable TaskStatus status = TaskStatus.NOT_STARTED;
    @Min(0)
    @Max(100)
    private int progress;
    private Set<Long> dependsOn = new LinkedHashSet<>();
    private @Nullable Long version;

    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public @Nullable String getTitleEn() { return titleEn; }
    public void setTitleEn(@Nullable String titleEn) { this.titleEn = titleEn; }
    public @Nullable Workstream getWorkstream() { return workstream; }
    public void setWorkstream(@Nullable Workstream workstream) { this.workstream = workstream; }
    public @Nullable Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(@Nullable Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public @Nullable Long getOwnerUnitId() { return ownerUnitId; }
    public void setOwnerUnitId(@Nullable Long ownerUnitId) { this.ownerUnitId = ownerUnitId; }
    public @Nullable LocalDate getStartDate() { return startDate; }
    public void setStartDate(@Nullable LocalDate startDate) { this.startDate = startDate; }
    public @Nullable LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public @Nullable TaskStatus getStatus() { return status; }
    public void setStatus(@Nullable TaskStatus status) { this.status = status; }
    public int getProgress() { return progress; }
    public void setProgress(int progress) { this.progress = progress; }
    public Set<Long> getDependsOn() { return dependsOn; }
    public void setDependsOn(Set<Long> dependsOn) { this.dependsOn = new LinkedHashSet<>(dependsOn); }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
