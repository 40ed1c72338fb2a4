package org.expodesk.guest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.guest.Travel;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.expodesk.shared.validation.PhoneValidator;
import org.jspecify.annotations.Nullable;

/** A person's profile as guest of one event, with their RSVP answer and travel. */
@Entity
@Table(name = "guest")
public class Guest extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "person_id", nullable = false)
    private long personId;
    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";
    @Column(name = "name_en", length = 120)
    private @Nullable String nameEn;
    @Column(length = 100)
    private @Nullable String title;
    @Column(length = 200)
    private @Nullable String organisation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuestCategory category = GuestCategory.OTHER;
    @Column(length = 100)
    private @Nullable String origin;
    @Column(length = 30)
    private @Nullable String mobile;
    @Column(length = 150)
    private @Nullable String email;
    @Column(name = "inviting_unit_id")
    private @Nullable Long invitingUnitId;
    @Column(name = "inviting_unit_name", length = 100)
    private @Nullable String invitingUnitName;
    @Column(nullable = false)
    private int companions;
    @Column(name = "companion_names", length = 500)
    private @Nullable String companionNames;
    @Column(length = 300)
    private @Nullable String dietary;
    @Column(length = 300)
    private @Nullable String accessibility;
    @Column(length = 2000)
    private @Nullable String notes;
    @Column(name = "hotel_wish", length = 300)
    private @Nullable String hotelWish;
    @Enumerated(EnumType.STRING)
    @Column(name = "rsvp_answer", nullable = false, length = 20)
    private RsvpAnswer answer = RsvpAnswer.NONE;
    @Column(name = "rsvp_at")
    private @Nullable Instant answeredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "arrival_mode", length = 10)
    private @Nullable TravelMode arrivalMode;
    @Column(name = "arrival_number", length = 20)
    private @Nullable String arrivalNumber;
    @Column(name = "arrival_place", length = 100)
    private @Nullable String arrivalPlace;
    @Column(name = "arrival_at")
    private @Nullable Instant arrivalAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "departure_mode", length = 10)
    private @Nullable TravelMode departureMode;
    @Column(name = "departure_number", length = 20)
    private @Nullable String departureNumber;
    @Column(name = "departure_place", length = 100)
    private @Nullable String departurePlace;
    @Column(name = "departure_at")
    private @Nullable Instant departureAt;
    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Guest() {
    }

    public Guest(long eventId, long personId, GuestDraft draft, @Nullable String unitName, Instant now) {
        this.eventId = eventId;
        this.personId = personId;
        this.createdAt = now;
        apply(draft, unitName, now);
    }

    public void apply(GuestDraft d, @Nullable String unitName, Instant now) {
        nameZh = d.getNameZh().strip();
        nameEn = Texts.blankToNull(d.getNameEn());
        title = Texts.blankToNull(d.getTitle());
        organisation = Texts.blankToNull(d.getOrganisation());
        category = d.getCategory();
        origin = Texts.blankToNull(d.getOrigin());
        mobile = PhoneValidator.normalise(d.getMobile());
        email = Texts.blankToNull(d.getEmail());
        invitingUnitId = d.getInvitingUnitId();
        invitingUnitName = d.getInvitingUnitId() == null ? null : unitName;
        companions = d.getCompanions();
        companionNames = Texts.blankToNull(d.getCompanionNames());
        dietary = Texts.blankToNull(d.getDietary());
        accessibility = Texts.blankToNull(d.getAccessibility());
        notes = Texts.blankToNull(d.getNotes());
        hotelWish = Texts.blankToNull(d.getHotelWish());
        updatedAt = now;
    }

    /** The guest's own answer. Returns true when arrival or departure changed (reception must hear of it). */
    public boolean answer(RsvpAnswer answer, int companions, @Nullable String companionNames, @Nullable String hotelWish,
            @Nullable String dietary, @Nullable Leg arrival, @Nullable Leg departure, Instant now) {
        Leg oldArrival = arrival();
        Leg oldDeparture = departure();
        this.answer = answer;
        this.answeredAt = now;
        this.updatedAt = now;
        if (answer == RsvpAnswer.DECLINED) {
            arrival = null;
            departure = null;
        } else {
            this.companions = companions;
            this.companionNames = Texts.blankToNull(companionNames);
            this.hotelWish = Texts.blankToNull(hotelWish);
            this.dietary = Texts.blankToNull(dietary);
        }
        arrivalMode = arrival == null ? null : arrival.mode();
        arrivalNumber = arrival == null ? null : arrival.number();
        arrivalPlace = arrival == null ? null : arrival.place();
        arrivalAt = arrival == null ? null : arrival.at();
        departureMode = departure == null ? null : departure.mode();
        departureNumber = departure == null ? null : departure.number();
        departurePlace = departure == null ? null : departure.place();
        departureAt = departure == null ? null : departure.at();
        return !java.util.Objects.equals(oldArrival, arrival()) || !java.util.Objects.equals(oldDeparture, departure());
    }

    /** This duplicate was merged into another guest; it stays for its history but leaves every list. */
    public void mergeInto(long keptGuestId, Instant now) {
        this.mergedIntoId = keptGuestId;
        this.updatedAt = now;
    }

    /** Takes over what the kept guest lacks from the merged duplicate: nothing the office typed is lost. */
    public void fillFrom(Guest other, Instant now) {
        nameEn = nameEn != null ? nameEn : other.nameEn;
        title = title != null ? title : other.title;
        organisation = organisation != null ? organisation : other.organisation;
        origin = origin != null ? origin : other.origin;
        mobile = mobile != null ? mobile : other.mobile;
        email = email != null ? email : other.email;
        if (invitingUnitId == null) {
            invitingUnitId = other.invitingUnitId;
            invitingUnitName = other.invitingUnitName;
        }
        dietary = dietary != null ? dietary : other.dietary;
        accessibility = accessibility != null ? accessibility : other.accessibility;
        hotelWish = hotelWish != null ? hotelWish : other.hotelWish;
        if (other.notes != null) {
            notes = notes == null ? other.notes : notes + "\n" + other.notes;
        }
        if (answer == RsvpAnswer.NONE && other.answer != RsvpAnswer.NONE) {
            answer(other.answer, other.companions, other.companionNames, hotelWish, dietary, other.arrival(), other.departure(), now);
            answeredAt = other.answeredAt;
        }
        updatedAt = now;
    }

    public @Nullable Leg arrival() {
        return arrivalMode == null ? null : new Leg(arrivalMode, arrivalNumber, arrivalPlace, arrivalAt);
    }

    public @Nullable Leg departure() {
        return departureMode == null ? null : new Leg(departureMode, departureNumber, departurePlace, departureAt);
    }

    public long eventId() {
        return eventId;
    }

    public long personId() {
        return personId;
    }

    public String nameZh() {
        return nameZh;
    }

    public @Nullable Long invitingUnitId() {
        return invitingUnitId;
    }

    public @Nullable String mobile() {
        return mobile;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable Long mergedIntoId() {
        return mergedIntoId;
    }

    public GuestSummary toSummary(ZoneId zone) {
        return new GuestSummary(requireId(), eventId, personId, nameZh, nameEn, title, organisation, category, origin, mobile,
                email, invitingUnitId, invitingUnitName, companions, companionNames, dietary, accessibility, notes, hotelWish,
                answer, travel(arrival(), zone), travel(departure(), zone), mergedIntoId, getVersion());
    }

    public GuestDraft toDraft() {
        GuestDraft d = GuestDraft.of(nameZh, nameEn, title, organisation, category, mobile);
        d.setOrigin(origin);
        d.setEmail(email);
        d.setInvitingUnitId(invitingUnitId);
        d.setCompanions(companions);
        d.setCompanionNames(companionNames);
        d.setDietary(dietary);
        d.setAccessibility(accessibility);
        d.setNotes(notes);
        d.setHotelWish(hotelWish);
        d.setVersion(getVersion());
        return d;
    }

    private static @Nullable Travel travel(@Nullable Leg leg, ZoneId zone) {
        return leg == null ? null : new Travel(leg.mode(), leg.number(), leg.place(), leg.at() == null ? null : leg.at().atZone(zone));
    }

    /** A leg as stored: the instant in UTC. */
    public record Leg(TravelMode mode, @Nullable String number, @Nullable String place, @Nullable Instant at) {
    }
}
