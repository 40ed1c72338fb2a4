package org.expodesk.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The editable fields of an event, as a form fills them in. */
public class EventDraft {

    @NotBlank
    @Size(max = 200)
    private String nameZh = "";

    @NotBlank
    @Size(max = 200)
    private String nameEn = "";

    @NotNull
    private EventKind kind = EventKind.EXPO;

    @Min(1)
    @Max(999)
    private @Nullable Integer edition;

    @NotNull
    private @Nullable LocalDate startDate;

    @NotNull
    private @Nullable LocalDate endDate;

    @NotBlank
    private String timeZone = "Asia/Shanghai";

    @Size(max = 200)
    private @Nullable String venueNameZh;

    @Size(max = 200)
    private @Nullable String venueNameEn;

    @Size(max = 300)
    private @Nullable String venueAddress;

    @NotNull
    private EventStatus status = EventStatus.PLANNING;

    /** The version the form was read at; null for a new event. A save against a newer version is refused. */
    private @Nullable Long version;

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public @Nullable Integer getEdition() {
        return edition;
    }

    public void setEdition(@Nullable Integer edition) {
        this.edition = edition;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable String getVenueNameZh() {
        return venueNameZh;
    }

    public void setVenueNameZh(@Nullable String venueNameZh) {
        this.venueNameZh = venueNameZh;
    }

    public @Nullable String getVenueNameEn() {
        return venueNameEn;
    }

    public void setVenueNameEn(@Nullable String venueNameEn) {
        this.venueNameEn = venueNameEn;
    }

    public @Nullable String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(@Nullable String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }
}
