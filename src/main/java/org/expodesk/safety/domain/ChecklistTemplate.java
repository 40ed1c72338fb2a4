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
import org.expodesk.safety.ExpectedAnswer;
import org.expodesk.safety.SafetyDomain;
import org.expodesk.safety.Severity;
import org.expodesk.safety.TemplateItem;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.domain.AbstractEntity;

/**
 * One revision of a checklist template. A revision never changes after it is saved, except that it stops being
 * the current one when the next revision is saved; that is what keeps past inspections readable as they were.
 */
@Entity
@Table(name = "safety_template")
public class ChecklistTemplate extends AbstractEntity {

    @Column(name = "family_key", nullable = false, length = 40)
    private String familyKey = "";

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SafetyDomain domain = SafetyDomain.FIRE;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn = "";

    @Column(name = "current_revision", nullable = false)
    private boolean current;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safety_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<Item> items = new ArrayList<>();

    protected ChecklistTemplate() {
    }

    public ChecklistTemplate(String familyKey, int revision, SafetyDomain domain, String nameZh, String nameEn,
            List<TemplateItem> items, Instant now, String createdBy) {
        this.familyKey = familyKey;
        this.revision = revision;
        this.domain = domain;
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn.strip();
        this.current = true;
        this.createdAt = now;
        this.createdBy = createdBy;
        items.forEach(i -> this.items.add(new Item(i)));
    }

    /** The next revision with new names and items; this one stops being current. */
    public ChecklistTemplate revise(String nameZh, String nameEn, List<TemplateItem> items, Instant now, String by) {
        this.current = false;
        return new ChecklistTemplate(familyKey, revision + 1, domain, nameZh, nameEn, items, now, by);
    }

    public String familyKey() { return familyKey; }
    public int revision() { return revision; }
    public boolean isCurrent() { return current; }
    public int itemCount() { return items.size(); }

    public TemplateSummary toSummary() {
        return new TemplateSummary(requireId(), familyKey, revision, domain, nameZh, nameEn, current, createdAt, createdBy,
                items.stream().map(Item::toItem).toList());
    }

    /** @OrderColumn starts at 0 in the table; everywhere else positions count from 1. */
    @Embeddable
    public static class Item {

        @Column(name = "text_zh", nullable = false, length = 300)
        private String textZh = "";
        @Column(name = "text_en", nullable = false, length = 500)
        private String textEn = "";
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 5)
        private ExpectedAnswer expected = ExpectedAnswer.YES;
        @Column(name = "photo_required", nullable = false)
        private boolean photoRequired;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        private Severity severity = Severity.MINOR;

        protected Item() {
        }

        Item(TemplateItem item) {
            this.textZh = item.textZh().strip();
            this.textEn = item.textEn().strip();
            this.expected = item.expected();
            this.photoRequired = item.photoRequired();
            this.severity = item.severity();
        }

        TemplateItem toItem() {
            return new TemplateItem(textZh, textEn, expected, photoRequired, severity);
        }
    }
}
