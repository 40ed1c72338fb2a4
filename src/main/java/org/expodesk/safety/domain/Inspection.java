package org.expodesk.safety.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.safety.ItemAnswer;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A finished round on one target with one template revision: the answers are in the items' order. */
@Entity
@Table(name = "safety_inspection")
public class Inspection extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "target_id", nullable = false)
    private long targetId;
    @Column(name = "template_id", nullable = false)
    private long templateId;
    @Column(name = "inspector_account_id", nullable = false)
    private long inspectorAccountId;
    @Column(name = "inspector_name", nullable = false, length = 100)
    private String inspectorName = "";
    @Column(name = "inspected_at", nullable = false)
    private Instant inspectedAt = Instant.EPOCH;
    @Column(name = "inspection_day", nullable = false)
    private LocalDate day = LocalDate.EPOCH;
    @Column(nullable = false, length = 10)
    private String outcome = "PASSED";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safety_answer", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<Answer> answers = new ArrayList<>();

    protected Inspection() {
    }

    public Inspection(long eventId, long targetId, long templateId, long inspectorAccountId, String inspectorName, Instant at,
            LocalDate day) {
        this.eventId = eventId;
        this.targetId = targetId;
        this.templateId = templateId;
        this.inspectorAccountId = inspectorAccountId;
        this.inspectorName = inspectorName;
        this.inspectedAt = at;
        this.day = day;
    }

    public void answer(ItemAnswer answer, @Nullable String note, @Nullable Long photoId) {
        answers.add(new Answer(answer, note == null || note.isBlank() ? null : note.strip(), photoId));
        if (answer == ItemAnswer.FAILED) {
            outcome = "FAILED";
        }
    }

    public long eventId() { return eventId; }
    public long targetId() { return targetId; }
    public long templateId() { return templateId; }
    public String inspectorName() { return inspectorName; }
    public Instant inspectedAt() { return inspectedAt; }
    public LocalDate day() { return day; }
    public boolean failed() { return "FAILED".equals(outcome); }
    public List<Answer> answers() { return List.copyOf(answers); }

    @Embeddable
    public static class Answer {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 15)
        private ItemAnswer answer = ItemAnswer.PASSED;
        @Column(length = 500)
        private @Nullable String note;
        @Column(name = "photo_id")
        private @Nullable Long photoId;

        protected Answer() {
        }

        Answer(ItemAnswer answer, @Nullable String note, @Nullable Long photoId) {
            this.answer = answer;
            this.note = note;
            this.photoId = photoId;
        }

        public ItemAnswer answer() { return answer; }
        public @Nullable String note() { return note; }
        public @Nullable Long photoId() { return photoId; }
    }
}
