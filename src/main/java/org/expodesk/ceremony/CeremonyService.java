package org.expodesk.ceremony;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.expodesk.ceremony.domain.SigningCeremony;
import org.expodesk.ceremony.domain.SigningCeremonyRepository;
import org.expodesk.deal.DealService;
import org.expodesk.deal.DealSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The signing ceremonies of an event's programme. Every change names the version of the ceremony the organiser
 * saw; a change made from an older screen is refused ("changed meanwhile") instead of silently re-ordering what
 * somebody else has just ordered. Two changes racing past that check are stopped by the entity's own version.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CeremonyService {

    private final SigningCeremonyRepository ceremonies;
    private final ProgrammeService programme;
    private final DealService deals;
    private final PersonService persons;
    private final EventAccessPolicy access;
    private final Clock clock;

    CeremonyService(SigningCeremonyRepository ceremonies, ProgrammeService programme, DealService deals, PersonService persons,
            EventAccessPolicy access, Clock clock) {
        this.ceremonies = ceremonies;
        this.programme = programme;
        this.deals = deals;
        this.persons = persons;
        this.access = access;
        this.clock = clock;
    }

    /** The event's signing-ceremony sessions, in order of start: what the ceremony screen lets the organiser pick. */
    @PreAuthorize(Roles.OFFICE)
    public List<SessionSummary> sessions(long eventId) {
        return programme.sessions(eventId).stream().filter(s -> s.kind() == SessionKind.SIGNING_CEREMONY).toList();
    }

    /** The ceremony of a session, if it has been started. */
    @PreAuthorize(Roles.OFFICE)
    public Optional<Ceremony> find(long sessionId) {
        return ceremonies.findBySessionId(sessionId).filter(c -> access.canAccess(c.eventId())).map(this::toCeremony);
    }

    /** The ceremony of a signing-ceremony session, started with the default settings when it has none yet. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony open(long sessionId) {
        SessionSummary session = programme.find(sessionId).orElseThrow(() -> new NotFoundException("programme-session", sessionId));
        if (session.kind() != SessionKind.SIGNING_CEREMONY) {
            throw new BusinessRuleException("ceremony.error.not-a-signing-session");
        }
        SigningCeremony ceremony = ceremonies.findBySessionId(sessionId).orElseGet(() ->
                ceremonies.saveAndFlush(new SigningCeremony(session.eventId(), sessionId, CeremonySettings.DEFAULT, clock.instant())));
        return toCeremony(ceremony, session);
    }

    /** The event's deals not yet on any of its ceremonies. */
    @PreAuthorize(Roles.OFFICE)
    public List<DealSummary> availableDeals(long eventId) {
        Set<Long> taken = new HashSet<>(ceremonies.dealIdsOnCeremonies(eventId));
        return deals.all(eventId).stream().filter(d -> !taken.contains(d.id())).toList();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony addDeal(long ceremonyId, long expectedVersion, long dealId) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        DealSummary deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
        if (deal.eventId() != ceremony.eventId()) {
            throw new NotFoundException("deal", dealId);
        }
        if (ceremonies.dealIdsOnCeremonies(ceremony.eventId()).contains(dealId)) {
            throw new BusinessRuleException("ceremony.error.deal-taken", deal.projectZh());
        }
        return change(ceremony, c -> {
            List<Long> ids = new ArrayList<>(c.dealIds());
            ids.add(dealId);
            c.orderDeals(ids, clock.instant());
            return c;
        });
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony removeDeal(long ceremonyId, long expectedVersion, long dealId) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        return change(ceremony, c -> {
            c.orderDeals(c.dealIds().stream().filter(id -> id != dealId).toList(), clock.instant());
            return c;
        });
    }

    /** Moves one deal to a new place (0-based, clamped); the others keep their order. For drag-and-drop and up/down. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony moveDeal(long ceremonyId, long expectedVersion, long dealId, int newIndex) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        List<Long> ids = new ArrayList<>(ceremony.dealIds());
        if (!ids.remove(dealId)) {
            throw new NotFoundException("deal", dealId);
        }
        ids.add(Math.clamp(newIndex, 0, ids.size()), dealId);
        return change(ceremony, c -> {
            c.orderDeals(ids, clock.instant());
            return c;
        });
    }

    /** Puts the deals in the order given, which must name exactly the ceremony's deals. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony reorderDeals(long ceremonyId, long expectedVersion, List<Long> dealIds) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        if (dealIds.size() != ceremony.dealIds().size() || !new HashSet<>(dealIds).equals(new HashSet<>(ceremony.dealIds()))) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        return change(ceremony, c -> {
            c.orderDeals(dealIds, clock.instant());
            return c;
        });
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony addWitness(long ceremonyId, long expectedVersion, long personId) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        PersonSummary person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (ceremony.witnesses().stream().anyMatch(w -> w.personId() == personId)) {
            throw new BusinessRuleException("ceremony.error.witness-twice", person.nameZh());
        }
        List<Witness> list = new ArrayList<>(ceremony.witnesses());
        list.add(new Witness(person.id(), person.nameZh(), person.nameEn(), person.title()));
        return change(ceremony, c -> {
            c.orderWitnesses(list, clock.instant());
            return c;
        });
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony removeWitness(long ceremonyId, long expectedVersion, long personId) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        return change(ceremony, c -> {
            c.orderWitnesses(c.witnesses().stream().filter(w -> w.personId() != personId).toList(), clock.instant());
            return c;
        });
    }

    /** Moves a witness to a new rank (0-based, clamped). */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony moveWitness(long ceremonyId, long expectedVersion, long personId, int newIndex) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        List<Witness> list = new ArrayList<>(ceremony.witnesses());
        Witness moved = list.stream().filter(w -> w.personId() == personId).findFirst()
                .orElseThrow(() -> new NotFoundException("person", personId));
        list.remove(moved);
        list.add(Math.clamp(newIndex, 0, list.size()), moved);
        return change(ceremony, c -> {
            c.orderWitnesses(list, clock.instant());
            return c;
        });
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public Ceremony settle(long ceremonyId, long expectedVersion, @Valid CeremonySettings settings) {
        SigningCeremony ceremony = load(ceremonyId, expectedVersion);
        return change(ceremony, c -> {
            c.settle(settings, clock.instant());
            return c;
        });
    }

    private SigningCeremony load(long ceremonyId, long expectedVersion) {
        SigningCeremony ceremony = ceremonies.findById(ceremonyId).orElseThrow(() -> new NotFoundException("signing-ceremony", ceremonyId));
        access.requireAccess(ceremony.eventId());
        if (ceremony.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        return ceremony;
    }

    private Ceremony change(SigningCeremony ceremony, UnaryOperator<SigningCeremony> edit) {
        try {
            return toCeremony(ceremonies.saveAndFlush(edit.apply(ceremony)));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
    }

    private Ceremony toCeremony(SigningCeremony c) {
        SessionSummary session = programme.find(c.sessionId()).orElseThrow(() -> new NotFoundException("programme-session", c.sessionId()));
        return toCeremony(c, session);
    }

    private Ceremony toCeremony(SigningCeremony c, SessionSummary session) {
        return new Ceremony(c.requireId(), c.getVersion(), session, c.settings(), deals.findAll(c.eventId(), c.dealIds()), c.witnesses());
    }
}
