package org.expodesk.guest;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.domain.Guest;
import org.expodesk.guest.domain.GuestCampaign;
import org.expodesk.guest.domain.GuestRepository;
import org.expodesk.guest.domain.Invitation;
import org.expodesk.guest.domain.InvitationRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The guest's side of an invitation, without an account: the secret link opens exactly one guest's invitation
 * (opening it marks the invitation "opened"), and the guest answers and may change the answer until the deadline.
 * Wrong links are counted per client address ({@link RsvpThrottle}).
 */
@Service
@Validated
@Transactional
public class RsvpService {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InvitationRepository invitations;
    private final GuestRepository guests;
    private final CampaignService campaigns;
    private final EventService events;
    private final GuestHistoryLog log;
    private final RsvpThrottle throttle;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    RsvpService(InvitationRepository invitations, GuestRepository guests, CampaignService campaigns, EventService events,
            GuestHistoryLog log, RsvpThrottle throttle, ApplicationEventPublisher publisher, Clock clock) {
        this.invitations = invitations;
        this.guests = guests;
        this.campaigns = campaigns;
        this.events = events;
        this.log = log;
        this.throttle = throttle;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public RsvpOpening open(String token, String clientAddress) {
        if (throttle.blocked(clientAddress)) {
            return new RsvpOpening.Throttled();
        }
        Optional<Context> found = resolve(token);
        if (found.isEmpty()) {
            throttle.failed(clientAddress);
            return new RsvpOpening.Unknown();
        }
        Context c = found.get();
        if (c.invitation.status() == InvitationStatus.DRAFTED || c.invitation.status() == InvitationStatus.SENT) {
            campaigns.changeStatus(c.invitation, InvitationStatus.OPENED, clock.instant());
        }
        return new RsvpOpening.Found(view(c));
    }

    /** Saves the guest's answer; refused after the deadline with the deadline in the message. */
    @PreAuthorize("permitAll()")
    public RsvpInvitation answer(String token, String clientAddress, @Valid RsvpForm form) {
        if (throttle.blocked(clientAddress)) {
            throw new BusinessRuleException("guest.rsvp.error.throttled");
        }
        Context c = resolve(token).orElseGet(() -> {
            throttle.failed(clientAddress);
            throw new BusinessRuleException("guest.rsvp.error.unknown-link");
        });
        ZonedDateTime deadline = CampaignService.deadline(c.campaign, c.event);
        if (!clock.instant().isBefore(deadline.toInstant())) {
            throw new BusinessRuleException("guest.rsvp.error.deadline-passed", deadline.format(DEADLINE), deadline.getZone().getId());
        }
        if (form.getAnswer() == RsvpAnswer.NONE) {
            throw new BusinessRuleException("guest.rsvp.error.no-answer");
        }
        ZoneId zone = c.event.timeZone();
        Guest guest = guests.lockById(c.guest.requireId()).orElseThrow();
        Instant now = clock.instant();
        boolean travelChanged = guest.answer(form.getAnswer(), form.getCompanions(), form.getCompanionNames(), form.getHotelWish(),
                form.getDietary(), leg(form.getArrivalMode(), form.getArrivalNumber(), form.getArrivalPlace(), form.getArrivalAt(), zone),
                leg(form.getDepartureMode(), form.getDepartureNumber(), form.getDeparturePlace(), form.getDepartureAt(), zone), now);
        guests.saveAndFlush(guest);
        campaigns.changeStatus(c.invitation, form.getAnswer() == RsvpAnswer.ACCEPTED ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED, now);
        invitations.saveAndFlush(c.invitation);
        log.recordByGuest(c.event.id(), guest.requireId(), "answered", form.getAnswer().name());
        if (travelChanged) {
            publisher.publishEvent(new GuestTravelChanged(c.event.id(), guest.requireId()));
        }
        return view(new Context(c.invitation, guest, c.campaign, c.event));
    }

    private static Guest.@Nullable Leg leg(@Nullable TravelMode mode, @Nullable String number, @Nullable String place,
            @Nullable LocalDateTime at, ZoneId zone) {
        if (mode == null) {
            return null;
        }
        String cleanNumber = number == null || number.isBlank() ? null : number.strip().toUpperCase(java.util.Locale.ROOT);
        String cleanPlace = place == null || place.isBlank() ? null : place.strip();
        return new Guest.Leg(mode, cleanNumber, cleanPlace, at == null ? null : at.atZone(zone).toInstant());
    }

    private Optional<Context> resolve(String token) {
        if (!RsvpTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(RsvpTokens.hash(token)).flatMap(invitation -> {
            GuestCampaign campaign = campaigns.campaignOf(invitation);
            Guest guest = guests.findById(invitation.guestId()).orElse(null);
            if (campaign == null || guest == null || guest.mergedIntoId() != null) {
                return Optional.empty();
            }
            return events.findPublic(invitation.eventId()).map(event -> new Context(invitation, guest, campaign, event));
        });
    }

    private RsvpInvitation view(Context c) {
        ZoneId zone = c.event.timeZone();
        GuestSummary g = c.guest.toSummary(zone);
        RsvpForm form = new RsvpForm();
        form.setAnswer(g.answer() == RsvpAnswer.DECLINED ? RsvpAnswer.DECLINED : RsvpAnswer.ACCEPTED);
        form.setCompanions(g.companions());
        form.setCompanionNames(g.companionNames());
        form.setHotelWish(g.hotelWish());
        form.setDietary(g.dietary());
        if (g.arrival() != null) {
            form.arriving(g.arrival().mode(), g.arrival().number(), g.arrival().place(),
                    g.arrival().at() == null ? null : g.arrival().at().toLocalDateTime());
        }
        if (g.departure() != null) {
            form.leaving(g.departure().mode(), g.departure().number(), g.departure().place(),
                    g.departure().at() == null ? null : g.departure().at().toLocalDateTime());
        }
        ZonedDateTime deadline = CampaignService.deadline(c.campaign, c.event);
        return new RsvpInvitation(c.event, g.nameZh(), g.nameEn(), g.title(), c.campaign.programmeZh(), c.campaign.programmeEn(),
                g.answer(), form, deadline, clock.instant().isBefore(deadline.toInstant()));
    }

    private record Context(Invitation invitation, Guest guest, GuestCampaign campaign, EventSummary event) {
    }
}
