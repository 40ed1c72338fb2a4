package org.expodesk.guest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.jspecify.annotations.Nullable;

/** Invitations sent together with a target count, the inviting unit and the RSVP deadline (UTC). */
@Entity
@Table(name = "guest_campaign")
public class GuestCampaign extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";
    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;
    @Column(name = "target_count", nullable = false)
    private int targetCount;
    @Column(name = "inviting_unit_id")
    private @Nullable Long invitingUnitId;
    @Column(name = "rsvp_deadline")
    private @Nullable Instant deadline;
    @Column(name = "programme_zh", length = 2000)
    private @Nullable String programmeZh;
    @Column(name = "programme_en", length = 3000)
    private @Nullable String programmeEn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected GuestCampaign() {
    }

    public GuestCampaign(long eventId, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
    }

    public void apply(String nameZh, @Nullable String nameEn, int targetCount, @Nullable Long invitingUnitId,
            @Nullable Instant deadline, @Nullable String programmeZh, @Nullable String programmeEn) {
        this.nameZh = nameZh.strip();
        this.nameEn = Texts.blankToNull(nameEn);
        this.targetCount = targetCount;
        this.invitingUnitId = invitingUnitId;
        this.deadline = deadline;
        this.programmeZh = Texts.blankToNull(programmeZh);
        this.programmeEn = Texts.blankToNull(programmeEn);
    }

    public long eventId() { return eventId; }
    public String nameZh() { return nameZh; }
    public @Nullable String nameEn() { return nameEn; }
    public int targetCount() { return targetCount; }
    public @Nullable Long invitingUnitId() { return invitingUnitId; }
    public @Nullable Instant deadline() { return deadline; }
    public @Nullable String programmeZh() { return programmeZh; }
    public @Nullable String programmeEn() { return programmeEn; }
}
