package org.expodesk.guest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** What a guest fills in on the RSVP page; date-times are local to the event's time zone. */
public class RsvpForm {

    @NotNull
    private RsvpAnswer answer = RsvpAnswer.ACCEPTED;
    @Min(0)
    @Max(20)
    private int companions;
    @Size(max = 500)
    private @Nullable String companionNames;
    private @Nullable TravelMode arrivalMode;
    @Size(max = 20)
    private @Nullable String arrivalNumber;
    @Size(max = 100)
    private @Nullable String arrivalPlace;
    private @Nullable LocalDateTime arrivalAt;
    private @Nullable TravelMode departureMode;
    @Size(max = 20)
    private @Nullable String departureNumber;
    @Size(max = 100)
    private @Nullable String departurePlace;
    private @Nullable LocalDateTime departureAt;
    @Size(max = 300)
    private @Nullable String hotelWish;
    @Size(max = 300)
    private @Nullable String dietary;

    public static RsvpForm accept() {
        return new RsvpForm();
    }

    public static RsvpForm decline() {
        RsvpForm f = new RsvpForm();
        f.answer = RsvpAnswer.DECLINED;
        return f;
    }

    public RsvpForm arriving(TravelMode mode, @Nullable String number, @Nullable String place, @Nullable LocalDateTime at) {
        this.arrivalMode = mode;
        this.arrivalNumber = number;
        this.arrivalPlace = place;
        this.arrivalAt = at;
        return this;
    }

    public RsvpForm leaving(TravelMode mode, @Nullable String number, @Nullable String place, @Nullable LocalDateTime at) {
        this.departureMode = mode;
        this.departureNumber = number;
        this.departurePlace = place;
        this.departureAt = at;
        return this;
    }

    public RsvpAnswer getAnswer() { return answer; }
    public void setAnswer(RsvpAnswer answer) { this.answer = answer; }
    public int getCompanions() { return companions; }
    public void setCompanions(int companions) { this.companions = companions; }
    public @Nullable String getCompanionNames() { return companionNames; }
    public void setCompanionNames(@Nullable String companionNames) { this.companionNames = companionNames; }
    public @Nullable TravelMode getArrivalMode() { return arrivalMode; }
    public void setArrivalMode(@Nullable TravelMode arrivalMode) { this.arrivalMode = arrivalMode; }
    public @Nullable String getArrivalNumber() { return arrivalNumber; }
    public void setArrivalNumber(@Nullable String arrivalNumber) { this.arrivalNumber = arrivalNumber; }
    public @Nullable String getArrivalPlace() { return arrivalPlace; }
    public void setArrivalPlace(@Nullable String arrivalPlace) { this.arrivalPlace = arrivalPlace; }
    public @Nullable LocalDateTime getArrivalAt() { return arrivalAt; }
    public void setArrivalAt(@Nullable LocalDateTime arrivalAt) { this.arrivalAt = arrivalAt; }
    public @Nullable TravelMode getDepartureMode() { return departureMode; }
    public void setDepartureMode(@Nullable TravelMode departureMode) { this.departureMode = departureMode; }
    public @Nullable String getDepartureNumber() { return departureNumber; }
    public void setDepartureNumber(@Nullable String departureNumber) { this.departureNumber = departureNumber; }
    public @Nullable String getDeparturePlace() { return departurePlace; }
    public void setDeparturePlace(@Nullable String departurePlace) { this.departurePlace = departurePlace; }
    public @Nullable LocalDateTime getDepartureAt() { return departureAt; }
    public void setDepartureAt(@Nullable LocalDateTime departureAt) { this.departureAt = departureAt; }
    public @Nullable String getHotelWish() { return hotelWish; }
    public void setHotelWish(@Nullable String hotelWish) { this.hotelWish = hotelWish; }
    public @Nullable String getDietary() { return dietary; }
    public void setDietary(@Nullable String dietary) { this.dietary = dietary; }
}
