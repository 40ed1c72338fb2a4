package org.expodesk.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionPerson;
import org.expodesk.programme.SessionPlace;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** One session of an event's programme. Times are instants (UTC in the database); names are kept as printed. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession extends AbstractEntity {

    /** What the service has looked up for a save: the instants, the place, the host unit's names and the people. */
    public record Resolved(Instant start, Instant end, SessionPlace place, @Nullable String hostUnitNameZh,
            @Nullable String hostUnitNameEn, List<SessionPerson> people, @Nullable String conflictsKeptBy) {
    }

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SessionKind kind = SessionKind.OTHER;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh = "";

    @Column(name = "title_en", length = 300)
    private @Nullable String titleEn;

    @Column(name = "description_zh", length = 2000)
    private @Nullable String descriptionZh;

    @Column(name = "description_en", length = 3000)
    private @Nullable String descriptionEn;

    @Column(name = "start_at", nullable = false)
    private Instant start = Instant.EPOCH;

    @Column(name = "end_at", nullable = false)
    private Instant end = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 20)
    private PlaceKind placeKind = PlaceKind.ROOM;

    @Column(name = "place_hall_id")
    private @Nullable Long placeHallId;

    @Column(name = "place_id")
    private @Nullable Long placeId;

    @Column(name = "place_name_zh", nullable = false, length = 100)
    private String placeNameZh = "";

    @Column(name = "place_name_en", length = 200)
    private @Nullable String placeNameEn;

    @Column(name = "place_address", length = 300)
    private @Nullable String placeAddress;

    @Column(name = "host_unit_id")
    private @Nullable Long hostUnitId;

    @Column(name = "host_unit_name_zh", length = 100)
    private @Nullable String hostUnitNameZh;

    @Column(name = "host_unit_name_en", length = 200)
    private @Nullable String hostUnitNameEn;

    @Column(name = "public_session", nullable = false)
    private boolean publicSession;

    @Column(name = "dress_code", length = 100)
    private @Nullable String dressCode;

    @Column(length = 2000)
    private @Nullable String notes;

    @Column(name = "conflicts_kept_by", length = 100)
    private @Nullable String conflictsKeptBy;

    @Column(name = "conflicts_kept_at")
    private @Nullable Instant conflictsKeptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    /** Read for every session of a day at once: batched, so a programme of 80 sessions costs a few queries, not 80. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "programme_session_person", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SessionPersonEntry> people = new ArrayList<>();

    protected ProgrammeSession() {
    }

    public ProgrammeSession(long eventId, SessionDraft draft, Resolved resolved, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
        apply(draft, resolved, now);
    }

    public void apply(SessionDraft draft, Resolved resolved, Instant now) {
        this.kind = Objects.requireNonNull(draft.getKind());
        this.titleZh = draft.getTitleZh().strip();
        this.titleEn = Texts.blankToNull(draft.getTitleEn());
        this.descriptionZh = Texts.blankToNull(draft.getDescriptionZh());
        this.descriptionEn = Texts.blankToNull(draft.getDescriptionEn());
        this.start = resolved.start();
        this.end = resolved.end();
        SessionPlace place = resolved.place();
        this.placeKind = place.kind();
        this.placeHallId = place.kind() == PlaceKind.HALL ? place.id() : null;
        this.placeId = place.kind() == PlaceKind.HALL ? null : place.id();
        this.placeNameZh = place.nameZh();
        this.placeNameEn = place.nameEn();
        this.placeAddress = place.address();
        this.hostUnitId = draft.getHostUnitId();
        this.hostUnitNameZh = resolved.hostUnitNameZh();
        this.hostUnitNameEn = resolved.hostUnitNameEn();
        this.publicSession = draft.isPublicSession();
        this.dressCode = Texts.blankToNull(draft.getDressCode());
        this.notes = Texts.blankToNull(draft.getNotes());
        this.conflictsKeptBy = resolved.conflictsKeptBy();
        this.conflictsKeptAt = resolved.conflictsKeptBy() == null ? null : now;
        this.people.clear();
        resolved.people().forEach(p -> people.add(new SessionPersonEntry(p)));
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }

    public SessionPlace place() {
        long id = placeKind == PlaceKind.HALL ? Objects.requireNonNull(placeHallId) : Objects.requireNonNull(placeId);
        return new SessionPlace(placeKind, id, placeNameZh, placeNameEn, placeAddress);
    }

    public SessionSummary toSummary(ZoneId zone) {
        return new SessionSummary(requireId(), eventId, kind, titleZh, titleEn, descriptionZh, descriptionEn, start, end, zone,
                place(), hostUnitId, hostUnitNameZh, hostUnitNameEn, people.stream().map(SessionPersonEntry::toPerson).toList(),
                publicSession, dressCode, notes, conflictsKeptBy, conflictsKeptAt, getVersion());
    }

    public SessionDraft toDraft(ZoneId zone) {
        SessionDraft d = new SessionDraft();
        d.setKind(kind);
        d.setTitleZh(titleZh);
        d.setTitleEn(titleEn);
        d.setDescriptionZh(descriptionZh);
        d.setDescriptionEn(descriptionEn);
        d.setStart(java.time.LocalDateTime.ofInstant(start, zone));
        d.setEnd(java.time.LocalDateTime.ofInstant(end, zone));
        SessionPlace place = place();
        d.setPlaceKind(place.kind());
        d.setPlaceId(place.id());
        d.setHostUnitId(hostUnitId);
        List<SessionPerson> all = people.stream().map(SessionPersonEntry::toPerson).toList();
        d.setSpeakerIds(all.stream().filter(p -> p.role() == org.expodesk.programme.SessionRole.SPEAKER).map(SessionPerson::personId).toList());
        d.setParticipants(all.stream().filter(p -> p.role() == org.expodesk.programme.SessionRole.PARTICIPANT)
                .map(p -> new SessionDraft.Participant(p.personId(), p.vip())).toList());
        d.setPublicSession(publicSession);
        d.setDressCode(dressCode);
        d.setNotes(notes);
        d.setKeepConflicts(conflictsKeptBy != null);
        d.setVersion(getVersion());
        return d;
    }
}
