package org.expodesk.countdown.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.expodesk.countdown.TaskDraft;
import org.expodesk.countdown.TaskStatus;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.Workstream;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "countdown_task")
public class CountdownTask extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh = "";

    @Column(name = "title_en", length = 300)
    private @Nullable String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Workstream workstream = Workstream.OTHER;

    @Column(name = "owner_person_id")
    private @Nullable Long ownerPersonId;

    @Column(name = "owner_unit_id")
    private @Nullable Long ownerUnitId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;

    @Column(nullable = false)
    private LocalDate deadline = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.NOT_STARTED;

    @Column(nullable = false)
    private int progress;

    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    /** Few per task and always shown with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "countdown_task_dependency", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "depends_on_id", nullable = false)
    private Set<Long> dependsOn = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected CountdownTask() {
    }

    public CountdownTask(long eventId, TaskDraft draft, LocalDate today, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
        apply(draft, today, now);
    }

    /** {@code today} is the event's day: a task turning done remembers it for the daily summary. */
    public void apply(TaskDraft draft, LocalDate today, Instant now) {
        this.titleZh = draft.getTitleZh().strip();
        this.titleEn = draft.getTitleEn() == null || draft.getTitleEn().isBlank() ? null : draft.getTitleEn().strip();
        this.workstream = Objects.requireNonNull(draft.getWorkstream());
        this.ownerPersonId = draft.getOwnerPersonId();
        this.ownerUnitId = draft.getOwnerUnitId();
        this.startDate = Objects.requireNonNull(draft.getStartDate());
        this.deadline = Objects.requireNonNull(draft.getDeadline());
        TaskStatus next = Objects.requireNonNull(draft.getStatus());
        if (next == TaskStatus.DONE && status != TaskStatus.DONE) {
            doneOn = today;
        } else if (next != TaskStatus.DONE) {
            doneOn = null;
        }
        this.status = next;
        this.progress = next == TaskStatus.DONE ? 100 : draft.getProgress();
        this.dependsOn.clear();
        this.dependsOn.addAll(draft.getDependsOn());
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }
    public LocalDate startDate() { return startDate; }
    public LocalDate deadline() { return deadline; }
    public TaskStatus status() { return status; }
    public Set<Long> dependsOn() { return Set.copyOf(dependsOn); }

    public TaskSummary toSummary(LocalDate today) {
        boolean late = status != TaskStatus.DONE && deadline.isBefore(today);
        return new TaskSummary(requireId(), eventId, titleZh, titleEn, workstream, ownerPersonId, ownerUnitId, startDate,
                deadline, status, progress, doneOn, dependsOn.stream().sorted().toList(), late, getVersion());
    }

    public TaskDraft toDraft() {
        TaskDraft draft = new TaskDraft();
        draft.setTitleZh(titleZh);
        draft.setTitleEn(titleEn);
        draft.setWorkstream(workstream);
        draft.setOwnerPersonId(ownerPersonId);
        draft.setOwnerUnitId(ownerUnitId);
        draft.setStartDate(startDate);
        draft.setDeadline(deadline);
        draft.setStatus(status);
        draft.setProgress(progress);
        draft.setDependsOn(dependsOn);
        draft.setVersion(getVersion());
        return draft;
    }
}
