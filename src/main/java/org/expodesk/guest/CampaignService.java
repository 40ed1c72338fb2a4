package org.expodesk.guest;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.domain.Guest;
import org.expodesk.guest.domain.GuestCampaign;
import org.expodesk.guest.domain.GuestCampaignRepository;
import org.expodesk.guest.domain.GuestRepository;
import org.expodesk.guest.domain.Invitation;
import org.expodesk.guest.domain.InvitationRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Invitation campaigns of an event: who is invited, each invitee's status with its history, the secret RSVP links.
 * A guest is invited once per event (one answer, one link). Office staff and reception run campaigns.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CampaignService {

    private final GuestCampaignRepository campaigns;
    private final InvitationRepository invitations;
    private final GuestRepository guests;
    private final GuestService guestService;
    private final GuestAccess access;
    private final GuestHistoryLog log;
    private final RsvpLinks links;
    private final Clock clock;

    CampaignService(GuestCampaignRepository campaigns, InvitationRepository invitations, GuestRepository guests,
            GuestService guestService, GuestAccess access, GuestHistoryLog log, RsvpLinks links, Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.guests = guests;
        this.guestService = guestService;
        this.access = access;
        this.log = log;
        this.links = links;
        this.clock = clock;
    }

    @PreAuthorize(GuestService.MANAGERS)
    public List<CampaignSummary> campaigns(long eventId) {
        access.requireManager(eventId);
        EventSummary event = guestService.event(eventId);
        Map<Long, Map<InvitationStatus, Long>> counts = counts(eventId);
        return campaigns.findByEventIdOrderByIdAsc(eventId).stream()
                .map(c -> summary(c, event, counts.getOrDefault(c.requireId(), Map.of()))).toList();
    }

    @PreAuthorize(GuestService.MANAGERS)
    public CampaignSummary find(long campaignId) {
        GuestCampaign campaign = load(campaignId);
        access.requireManager(campaign.eventId());
        return summary(campaign, guestService.event(campaign.eventId()), counts(campaign.eventId()).getOrDefault(campaignId, Map.of()));
    }

    @PreAuthorize(GuestService.MANAGERS)
    public CampaignDraft draftOf(long campaignId) {
        GuestCampaign c = load(campaignId);
        access.requireManager(c.eventId());
        ZoneId zone = guestService.zone(c.eventId());
        CampaignDraft d = CampaignDraft.of(c.nameZh(), c.nameEn(), c.targetCount(), c.invitingUnitId(),
                c.deadline() == null ? null : c.deadline().atZone(zone).toLocalDateTime());
        d.setProgrammeZh(c.programmeZh());
        d.setProgrammeEn(c.programmeEn());
        return d;
    }

    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public CampaignSummary create(long eventId, @Valid CampaignDraft draft) {
        access.requireManager(eventId);
        if (campaigns.existsByEventIdAndNameZh(eventId, draft.getNameZh().strip())) {
            throw new BusinessRuleException("guest.error.campaign-name-taken", draft.getNameZh());
        }
        GuestCampaign campaign = new GuestCampaign(eventId, clock.instant());
        apply(campaign, draft);
        campaigns.saveAndFlush(campaign);
        return summary(campaign, guestService.event(eventId), Map.of());
    }

    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public CampaignSummary update(long campaignId, @Valid CampaignDraft draft) {
        GuestCampaign campaign = load(campaignId);
        access.requireManager(campaign.eventId());
        apply(campaign, draft);
        campaigns.saveAndFlush(campaign);
        return find(campaignId);
    }

    /** Adds guests of the campaign's event as drafted invitations; guests already invited to the event are named back. */
    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public InviteResult invite(long campaignId, Collection<Long> guestIds) {
        GuestCampaign campaign = load(campaignId);
        access.requireManager(campaign.eventId());
        Instant now = clock.instant();
        int added = 0;
        List<String> already = new ArrayList<>();
        for (Guest guest : guests.findAllById(guestIds)) {
            if (guest.eventId() != campaign.eventId() || guest.mergedIntoId() != null) {
                throw new BusinessRuleException("guest.error.guest-other-event", guest.nameZh());
            }
            if (invitations.findByEventIdAndGuestId(campaign.eventId(), guest.requireId()).isPresent()) {
                already.add(guest.nameZh());
                continue;
            }
            invitations.save(new Invitation(campaign.eventId(), campaignId, guest.requireId(), now));
            log.record(campaign.eventId(), guest.requireId(), "invited", campaign.nameZh());
            added++;
        }
        invitations.flush();
        return new InviteResult(added, already);
    }

    @PreAuthorize(GuestService.MANAGERS)
    public List<InvitationSummary> invitations(long campaignId) {
        GuestCampaign campaign = load(campaignId);
        access.requireManager(campaign.eventId());
        ZoneId zone = guestService.zone(campaign.eventId());
        List<Invitation> all = invitations.findByCampaignIdOrderByIdAsc(campaignId);
        Map<Long, Guest> byId = guests.findAllById(all.stream().map(Invitation::guestId).toList()).stream()
                .collect(Collectors.toMap(Guest::requireId, Function.identity()));
        return all.stream().map(i -> new InvitationSummary(i.requireId(), campaignId, byId.get(i.guestId()).toSummary(zone),
                i.status(), i.tokenIssuedAt(), i.updatedAt())).toList();
    }

    /**
     * Makes a new secret RSVP link for an invitation (the earlier one stops working) and marks a drafted invitation
     * as sent: whoever asks for the link is about to send it.
     */
    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public IssuedLink issueLink(long invitationId) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow(() -> new NotFoundException("invitation", invitationId));
        access.requireManager(invitation.eventId());
        String token = RsvpTokens.newToken();
        Instant now = clock.instant();
        invitation.issueToken(RsvpTokens.hash(token), now);
        if (invitation.status() == InvitationStatus.DRAFTED) {
            changeStatus(invitation, InvitationStatus.SENT, now);
        } else {
            log.record(invitation.eventId(), invitation.guestId(), "link-renewed", null);
        }
        invitations.saveAndFlush(invitation);
        Guest guest = guestService.load(invitation.guestId());
        return new IssuedLink(invitationId, guest.requireId(), guest.nameZh(), links.link(token));
    }

    /** The office records a status itself, e.g. an answer given on the phone, or "no answer" after the deadline. */
    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public void setStatus(long invitationId, InvitationStatus status) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow(() -> new NotFoundException("invitation", invitationId));
        access.requireManager(invitation.eventId());
        changeStatus(invitation, status, clock.instant());
        invitations.saveAndFlush(invitation);
    }

    /** Marks every invitation of the campaign still without an answer as "no answer"; returns how many. */
    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public int closeUnanswered(long campaignId) {
        GuestCampaign campaign = load(campaignId);
        access.requireManager(campaign.eventId());
        int closed = 0;
        for (Invitation invitation : invitations.findByCampaignIdOrderByIdAsc(campaignId)) {
            if (!invitation.status().isFinal()) {
                changeStatus(invitation, InvitationStatus.NO_ANSWER, clock.instant());
                closed++;
            }
        }
        return closed;
    }

    void changeStatus(Invitation invitation, InvitationStatus status, Instant now) {
        if (invitation.status() == status) {
            return;
        }
        invitation.status(status, now);
        log.record(invitation.eventId(), invitation.guestId(), "status", status.name());
    }

    /** The deadline of a campaign: its own, else the start of the event's opening day in the event's time zone. */
    static ZonedDateTime deadline(GuestCampaign campaign, EventSummary event) {
        return campaign.deadline() != null ? campaign.deadline().atZone(event.timeZone())
                : event.startDate().atStartOfDay(event.timeZone());
    }

    private void apply(GuestCampaign campaign, CampaignDraft d) {
        Instant deadline = d.getDeadline() == null ? null : d.getDeadline().atZone(guestService.zone(campaign.eventId())).toInstant();
        campaign.apply(d.getNameZh(), d.getNameEn(), d.getTargetCount(), d.getInvitingUnitId(), deadline, d.getProgrammeZh(),
                d.getProgrammeEn());
    }

    private Map<Long, Map<InvitationStatus, Long>> counts(long eventId) {
        Map<Long, Map<InvitationStatus, Long>> result = new HashMap<>();
        for (Object[] row : invitations.countByCampaignAndStatus(eventId)) {
            result.computeIfAbsent((Long) row[0], k -> new EnumMap<>(InvitationStatus.class)).put((InvitationStatus) row[1], (Long) row[2]);
        }
        return result;
    }

    private static CampaignSummary summary(GuestCampaign c, EventSummary event, Map<InvitationStatus, Long> byStatus) {
        return new CampaignSummary(c.requireId(), c.eventId(), c.nameZh(), c.nameEn(), c.targetCount(), c.invitingUnitId(),
                deadline(c, event), c.programmeZh(), c.programmeEn(), byStatus);
    }

    GuestCampaign load(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }

    @Nullable GuestCampaign campaignOf(Invitation invitation) {
        return campaigns.findById(invitation.campaignId()).orElse(null);
    }
}
