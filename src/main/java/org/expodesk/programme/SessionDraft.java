package org.expodesk.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session as its form edits it. Start and end are wall-clock times in the event's time zone, as the organiser
 * reads them on the printed programme; the service turns them into instants. {@code keepConflicts} is the
 * organiser's "keep anyway" after seeing the conflicts of a first attempt.
 */
public class SessionDraft {

    /** Someone attending, with the VIP flag that makes the conflict rules guard their time. */
    public record Participant(long personId, boolean vip) {
    }

    public static final int MAX_SPEAKERS = 40;
    public static final int MAX_PARTICIPANTS = 400;

    @NotNull
    private @Nullable SessionKind kind = SessionKind.OTHER;

    @NotBlank
    @Size(max = 200)
    private String titleZh = "";

    @Size(max = 300)
    private @Nullable String titleEn;

    @Size(max = 2000)
    private @Nullable String descriptionZh;

    @Size(max = 3000)
    private @Nullable String descriptionEn;

    @NotNull
    private @Nullable LocalDateTime start;

    @NotNull
    private @Nullable LocalDateTime end;

    @NotNull
    private @Nullable PlaceKind placeKind;

    /** The hall's id for {@link PlaceKind#HALL}, else the named place's id. */
    @NotNull
    private @Nullable Long placeId;

    private @Nullable Long hostUnitId;

    @Size(max = MAX_SPEAKERS)
    private List<Long> speakerIds = new ArrayList<>();

    @Size(max = MAX_PARTICIPANTS)
    private List<@Valid Participant> participants = new ArrayList<>();

    private boolean publicSession = true;

    @Size(max = 100)
    private @Nullable String dressCode;

    @Size(max = 2000)
    private @Nullable String notes;

    private boolean keepConflicts;

    /** The version the form was read at; null for a new session. A save against a newer version is refused. */
    private @Nullable Long version;

    public @Nullable SessionKind getKind() { return kind; }
    public void setKind(@Nullable SessionKind kind) { this.kind = kind; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public @Nullable String getTitleEn() { return titleEn; }
    public void setTitleEn(@Nullable String titleEn) { this.titleEn = titleEn; }
    public @Nullable String getDescriptionZh() { return descriptionZh; }
    public void setDescriptionZh(@Nullable String descriptionZh) { this.descriptionZh = descriptionZh; }
    public @Nullable String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(@Nullable String descriptionEn) { this.descriptionEn = descriptionEn; }
    public @Nullable LocalDateTime getStart() { return start; }
    public void setStart(@Nullable LocalDateTime start) { this.start = start; }
    public @Nullable LocalDateTime getEnd() { return end; }
    public void setEnd(@Nullable LocalDateTime end) { this.end = end; }
    public @Nullable PlaceKind getPlaceKind() { return placeKind; }
    public void setPlaceKind(@Nullable PlaceKind placeKind) { this.placeKind = placeKind; }
    public @Nullable Long getPlaceId() { return placeId; }
    public void setPlaceId(@Nullable Long placeId) { this.placeId = placeId; }
    public @Nullable Long getHostUnitId() { return hostUnitId; }
    public void setHostUnitId(@Nullable Long hostUnitId) { this.hostUnitId = hostUnitId; }
    public List<Long> getSpeakerIds() { return speakerIds; }
    public void setSpeakerIds(List<Long> speakerIds) { this.speakerIds = new ArrayList<>(speakerIds); }
    public List<Participant> getParticipants() { return participants; }
    public void setParticipants(List<Participant> participants) { this.participants = new ArrayList<>(participants); }
    public boolean isPublicSession() { return publicSession; }
    public void setPublicSession(boolean publicSession) { this.publicSession = publicSession; }
    public @Nullable String getDressCode() { return dressCode; }
    public void setDressCode(@Nullable String dressCode) { this.dressCode = dressCode; }
    public @Nullable String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = notes; }
    public boolean isKeepConflicts() { return keepConflicts; }
    public void setKeepConflicts(boolean keepConflicts) { this.keepConflicts = keepConflicts; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }

    /** Place it in a hall of the event. */
    public SessionDraft inHall(long hallId) {
        this.placeKind = PlaceKind.HALL;
        this.placeId = hallId;
        return this;
    }

    /** Place it in one of the event's named rooms or outside places. */
    public SessionDraft at(PlaceSummary place) {
        this.placeKind = place.kind();
        this.placeId = place.id();
        return this;
    }
}
