package org.expodesk.badge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.shared.domain.AbstractEntity;

/** One kind of badge of an event (exhibitor, buyer, VIP, …): its code number, names, colour and entry rule. */
@Entity
@Table(name = "badge_type")
public class BadgeType extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    /** Travels in every badge code as one byte, so it is small and per event. */
    @Column(nullable = false)
    private int code;

    @Column(name = "name_zh", nullable = false, length = 40)
    private String nameZh = "";

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn = "";

    @Column(nullable = false, length = 7)
    private String colour = "#000000";

    @Column(name = "re_entry", nullable = false)
    private boolean reEntry;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "days_after", nullable = false)
    private int daysAfter;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected BadgeType() {
    }

    public static BadgeType of(long eventId, int code, String nameZh, String nameEn, String colour, boolean reEntry,
            int daysBefore, int daysAfter) {
        BadgeType type = new BadgeType();
        type.eventId = eventId;
        type.code = code;
        type.nameZh = nameZh;
        type.nameEn = nameEn;
        type.colour = colour;
        type.reEntry = reEntry;
        type.daysBefore = daysBefore;
        type.daysAfter = daysAfter;
        type.sortOrder = code;
        return type;
    }

    public long eventId() {
        return eventId;
    }

    public BadgeTypeSummary toSummary() {
        return new BadgeTypeSummary(requireId(), eventId, code, nameZh, nameEn, colour, reEntry, daysBefore, daysAfter);
    }
}
