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
import java.util.ArrayList;
import java.util.List;
import org.expodesk.safety.IncidentKind;
import org.expodesk.safety.PlanSummary;
import org.expodesk.shared.domain.AbstractEntity;

/** An event's contingency plan for one kind of incident. */
@Entity
@Table(name = "safety_plan")
public class ContingencyPlan extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentKind kind = IncidentKind.FIRE;
    @Column(name = "title_zh", nullable = false, length = 100)
    private String titleZh = "";
    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn = "";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safety_plan_contact", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safety_plan_step", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<Step> steps = new ArrayList<>();

    protected ContingencyPlan() {
    }

    public ContingencyPlan(long eventId, IncidentKind kind, PlanSummary.Draft draft, Instant now) {
        this.eventId = eventId;
        this.kind = kind;
        apply(draft, now);
    }

    public void apply(PlanSummary.Draft draft, Instant now) {
        this.titleZh = draft.titleZh().strip();
        this.titleEn = draft.titleEn().strip();
        this.contacts.clear();
        draft.contacts().forEach(c -> contacts.add(new Contact(c.name().strip(), c.role().strip(), c.mobile().strip())));
        this.steps.clear();
        draft.steps().forEach(s -> steps.add(new Step(s.textZh().strip(), s.textEn().strip())));
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }

    public PlanSummary toSummary() {
        return new PlanSummary(requireId(), eventId, kind, titleZh, titleEn,
                contacts.stream().map(c -> new PlanSummary.Contact(c.name, c.role, c.mobile)).toList(),
                steps.stream().map(s -> new PlanSummary.Step(s.textZh, s.textEn)).toList(), getVersion());
    }

    @Embeddable
    public static class Contact {
        @Column(nullable = false, length = 60)
        private String name = "";
        @Column(nullable = false, length = 100)
        private String role = "";
        @Column(nullable = false, length = 30)
        private String mobile = "";

        protected Contact() {
        }

        Contact(String name, String role, String mobile) {
            this.name = name;
            this.role = role;
            this.mobile = mobile;
        }
    }

    @Embeddable
    public static class Step {
        @Column(name = "text_zh", nullable = false, length = 400)
        private String textZh = "";
        @Column(name = "text_en", nullable = false, length = 600)
        private String textEn = "";

        protected Step() {
        }

        Step(String textZh, String textEn) {
            this.textZh = textZh;
            this.textEn = textEn;
        }
    }
}
