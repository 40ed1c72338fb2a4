package org.expodesk.countdown.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.countdown.TemplateItem;
import org.expodesk.countdown.TemplateSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A countdown relative to opening day, e.g. the starter template or last year's edition saved for this one. */
@Entity
@Table(name = "countdown_template")
public class CountdownTemplate extends AbstractEntity {

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh = "";

    @Column(name = "name_en", length = 300)
    private @Nullable String nameEn;

    @Column(name = "source_event_id")
    private @Nullable Long sourceEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "countdown_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateItemRow> items = new ArrayList<>();

    protected CountdownTemplate() {
    }

    public CountdownTemplate(String nameZh, @Nullable String nameEn, @Nullable Long sourceEventId, List<TemplateItem> items, Instant now) {
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.sourceEventId = sourceEventId;
        this.createdAt = now;
        items.forEach(i -> this.items.add(new TemplateItemRow(i)));
    }

    public List<TemplateItem> items() {
        return items.stream().map(TemplateItemRow::toItem).toList();
    }

    public TemplateSummary toSummary() {
        return new TemplateSummary(requireId(), nameZh, nameEn, sourceEventId, items.size(), createdAt);
    }
}
