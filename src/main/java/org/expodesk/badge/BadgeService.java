package org.expodesk.badge;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.badge.domain.Badge;
import org.expodesk.badge.domain.BadgeRepository;
import org.expodesk.badge.domain.BadgeType;
import org.expodesk.badge.domain.BadgeTypeRepository;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.domain.Texts;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing, reissuing and revoking the badges of an event, for the office. A person holds at most one active
 * badge per event (the database enforces it); a change of type or a lost badge gets a new code, and the old
 * one is revoked with the reason, so a found or copied old badge no longer admits.
 * <p>
 * Issuing signs the code before its transaction opens: signing may first create the event's key in a
 * transaction of its own, and a request holding one connection while it waits for a second starves the pool
 * when many badges are issued at once (found by {@code BadgeIssueMySqlTest}). Not even a non-transactional
 * scope surrounds them: Hibernate would keep the connection of its first query until the method ends.
 */
@Service
public class BadgeService {

    private final BadgeRepository badges;
    private final BadgeTypeRepository types;
    private final BadgeTypeService typeService;
    private final BadgeCodeSigner signer;
    private final EventService events;
    private final PersonService persons;
    private final EventAccessPolicy access;
    private final Clock clock;
    private final TransactionTemplate writing;

    BadgeService(BadgeRepository badges, BadgeTypeRepository types, BadgeTypeService typeService, BadgeCodeSigner signer,
            EventService events, PersonService persons, EventAccessPolicy access, Clock clock,
            PlatformTransactionManager transactions) {
        this.badges = badges;
        this.types = types;
        this.typeService = typeService;
        this.signer = signer;
        this.events = events;
        this.persons = persons;
        this.access = access;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Not in one transaction with the signing, and no surrounding transaction at all: see the class comment. */
    @PreAuthorize(Roles.OFFICE)
    public BadgeSummary issue(long eventId, long personId, long typeId) {
        access.requireAccess(eventId);
        if (badges.findByEventIdAndPersonIdAndStatus(eventId, personId, BadgeStatus.ISSUED).isPresent()) {
            throw new BusinessRuleException("badge.error.already-has-badge");
        }
        Badge fresh = signed(eventId, personId, typeService.type(eventId, typeId));
        return toSummary(requireNonNull(writing.execute(tx -> insert(fresh))));
    }

    /** A new code for a new type or a lost badge; the old one is revoked with the reason and points to the new one. */
    @PreAuthorize(Roles.OFFICE)
    public BadgeSummary reissue(long badgeId, long typeId, String reason) {
        Badge current = load(badgeId);
        String why = requireReason(reason);
        Badge fresh = signed(current.eventId(), current.personId(), typeService.type(current.eventId(), typeId));
        return toSummary(requireNonNull(writing.execute(tx -> {
            Badge old = load(badgeId);
            if (old.status() != BadgeStatus.ISSUED) {
                throw new BusinessRuleException("badge.error.already-revoked");
            }
            old.revoke(why, clock.instant());
            // Written before the new badge: Hibernate would otherwise insert first and trip the one-active-badge index.
            badges.saveAndFlush(old);
            Badge saved = insert(fresh);
            old.replacedBy(saved.requireId());
            return saved;
        })));
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public BadgeSummary revoke(long badgeId, String reason) {
        Badge badge = load(badgeId);
        if (badge.status() != BadgeStatus.ISSUED) {
            throw new BusinessRuleException("badge.error.already-revoked");
        }
        badge.revoke(requireReason(reason), clock.instant());
        return toSummary(badges.saveAndFlush(badge));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public Page<BadgeSummary> list(long eventId, BadgeFilter filter, Pageable pageable) {
        access.requireAccess(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        Map<Long, BadgeTypeSummary> typesById = typesOf(eventId);
        EventSummary event = requireEvent(eventId);
        return badges.findAll(BadgeRepository.matching(eventId, filter), sorted).map(b -> toSummary(b, event, typesById));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public long count(long eventId, BadgeFilter filter) {
        access.requireAccess(eventId);
        return badges.count(BadgeRepository.matching(eventId, filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public BadgeSummary find(long badgeId) {
        return toSummary(load(badgeId));
    }

    /**
     * The code of the person's valid badge for the event, for other features that print it (the reception's itinerary
     * shows it at the welcome desk); empty when the person has none or it was revoked. The reception team may read it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','ORGANISER','RECEPTION')")
    public Optional<String> currentCode(long eventId, long personId) {
        access.requireAccess(eventId);
        return badges.findByEventIdAndPersonIdAndStatus(eventId, personId, BadgeStatus.ISSUED).map(Badge::code);
    }

    /** One badge as printed. A revoked badge is not printed again: it would be turned away at every gate. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public BadgePrint print(long badgeId) {
        Badge badge = load(badgeId);
        if (badge.status() != BadgeStatus.ISSUED) {
            throw new BusinessRuleException("badge.error.already-revoked");
        }
        return toPrint(badge, requireEvent(badge.eventId()), typesOf(badge.eventId()));
    }

    /**
     * The next {@code size} badges of a print run after the badge id {@code afterId}, in id order. A print run
     * asks batch after batch, so even 10,000 badges never sit in memory together. Only valid badges are
     * printed, whatever the list shows besides.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public List<BadgePrint> printBatch(long eventId, BadgeFilter filter, long afterId, int size) {
        access.requireAccess(eventId);
        if (filter.status() == BadgeStatus.REVOKED) {
            return List.of();
        }
        EventSummary event = requireEvent(eventId);
        Map<Long, BadgeTypeSummary> typesById = typesOf(eventId);
        return badges.findBy(BadgeRepository.matching(eventId, printable(filter)).and(BadgeRepository.after(afterId)),
                        q -> q.sortBy(Sort.by("id")).limit(size).all())
                .stream().map(b -> toPrint(b, event, typesById)).toList();
    }

    /** A new badge with its signed code, not yet stored; signing may create the event's first key, in its own transaction. */
    private Badge signed(long eventId, long personId, BadgeTypeSummary type) {
        EventSummary event = requireEvent(eventId);
        PersonSummary person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        BadgeValidity validity = BadgeValidity.between(event.startDate(),
                event.startDate().minusDays(type.daysBefore()), event.endDate().plusDays(type.daysAfter()));
        BadgeId id = BadgeId.random();
        String code = signer.encode(new BadgeClaims(id, eventId, type.code(), validity));
        return Badge.issued(id, eventId, personId, type.id(), person.nameZh(), person.nameEn(), person.organisation(),
                validity, code, clock.instant());
    }

    private Badge insert(Badge badge) {
        try {
            return badges.saveAndFlush(badge);
        } catch (DataIntegrityViolationException e) {
            // Someone issued this person a badge at the same moment: the unique index kept it to one.
            throw new BusinessRuleException("badge.error.already-has-badge");
        }
    }

    /** How many badges of the list {@link #printBatch} would print. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public long countPrintable(long eventId, BadgeFilter filter) {
        access.requireAccess(eventId);
        return filter.status() == BadgeStatus.REVOKED ? 0 : badges.count(BadgeRepository.matching(eventId, printable(filter)));
    }

    private static BadgeFilter printable(BadgeFilter filter) {
        return new BadgeFilter(filter.typeId(), BadgeStatus.ISSUED, filter.text());
    }

    private Badge load(long badgeId) {
        Badge badge = badges.findById(badgeId).orElseThrow(() -> new NotFoundException("badge", badgeId));
        access.requireAccess(badge.eventId());
        return badge;
    }

    private EventSummary requireEvent(long eventId) {
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }

    private Map<Long, BadgeTypeSummary> typesOf(long eventId) {
        return types.findByEventIdOrderBySortOrder(eventId).stream().map(BadgeType::toSummary)
                .collect(Collectors.toMap(BadgeTypeSummary::id, Function.identity()));
    }

    private static String requireReason(String reason) {
        String stripped = Texts.blankToNull(reason);
        if (stripped == null) {
            throw new BusinessRuleException("badge.error.reason-required");
        }
        if (stripped.length() > 200) {
            throw new BusinessRuleException("badge.error.reason-too-long", 200);
        }
        return stripped;
    }

    private BadgeSummary toSummary(Badge badge) {
        return toSummary(badge, requireEvent(badge.eventId()), typesOf(badge.eventId()));
    }

    private static BadgeSummary toSummary(Badge b, EventSummary event, Map<Long, BadgeTypeSummary> typesById) {
        return new BadgeSummary(b.requireId(), b.badgeUid(), b.eventId(), b.personId(), b.nameZh(), b.nameEn(),
                b.organisation(), typesById.get(b.typeId()), b.validity().days(event.startDate()), b.status(),
                b.issuedAt(), b.revokedAt(), b.revokeReason(), b.replacedById());
    }

    private static BadgePrint toPrint(Badge b, EventSummary event, Map<Long, BadgeTypeSummary> typesById) {
        BadgeTypeSummary type = typesById.get(b.typeId());
        return new BadgePrint(b.requireId(), b.nameZh(), b.nameEn(), b.organisation(), type.nameZh(), type.nameEn(),
                type.colour(), event.nameZh(), event.nameEn(), event.startDate(), event.endDate(),
                b.validity().days(event.startDate()), b.code());
    }
}
