package org.expodesk.deal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expodesk.deal.domain.Deal;
import org.expodesk.deal.domain.DealRepository;
import org.expodesk.event.EventService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The deals of an event. Office staff of the event keep them; nobody else reads them (amounts and investors are
 * confidential until the ceremony's press release). An organiser sees only the deals of the events assigned to them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DealService {

    private final DealRepository deals;
    private final UnitService units;
    private final EventService events;
    private final EventAccessPolicy access;
    private final Clock clock;

    DealService(DealRepository deals, UnitService units, EventService events, EventAccessPolicy access, Clock clock) {
        this.deals = deals;
        this.units = units;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(Roles.OFFICE)
    public Page<DealSummary> list(long eventId, DealFilter filter, Pageable pageable) {
        requireEvent(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id"));
        return deals.findAll(DealRepository.matching(eventId, filter), sorted).map(Deal::toSummary);
    }

    @PreAuthorize(Roles.OFFICE)
    public long count(long eventId, DealFilter filter) {
        requireEvent(eventId);
        return deals.count(DealRepository.matching(eventId, filter));
    }

    /** Every deal of the event, oldest first: for choosers and the totals of the whole event. */
    @PreAuthorize(Roles.OFFICE)
    public List<DealSummary> all(long eventId) {
        requireEvent(eventId);
        return deals.findByEventIdOrderByIdAsc(eventId).stream().map(Deal::toSummary).toList();
    }

    /** An empty result for a deal of an event the caller does not work on: they may not know it exists. */
    @PreAuthorize(Roles.OFFICE)
    public Optional<DealSummary> find(long dealId) {
        return deals.findById(dealId).filter(d -> access.canAccess(d.eventId())).map(Deal::toSummary);
    }

    /** The deals asked for, in the order asked; any unknown or of another event fails. */
    @PreAuthorize(Roles.OFFICE)
    public List<DealSummary> findAll(long eventId, Collection<Long> dealIds) {
        requireEvent(eventId);
        Map<Long, DealSummary> found = new LinkedHashMap<>();
        for (Deal d : deals.findByIdIn(dealIds)) {
            found.put(d.requireId(), d.toSummary());
        }
        return dealIds.stream().map(id -> {
            DealSummary d = found.get(id);
            if (d == null || d.eventId() != eventId) {
                throw new NotFoundException("deal", id);
            }
            return d;
        }).toList();
    }

    @PreAuthorize(Roles.OFFICE)
    public DealDraft draftOf(long dealId) {
        return load(dealId).toDraft();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public DealSummary create(long eventId, @Valid DealDraft draft) {
        requireEvent(eventId);
        Deal.Unit unit = check(draft);
        return deals.saveAndFlush(new Deal(eventId, draft, unit, clock.instant())).toSummary();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public DealSummary update(long dealId, @Valid DealDraft draft) {
        Deal deal = load(dealId);
        if (draft.getVersion() != null && draft.getVersion() != deal.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        deal.apply(draft, check(draft), clock.instant());
        return deals.saveAndFlush(deal).toSummary();
    }

    /** The status on the day, set from the ceremony screen as deals are signed (or held back). */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public DealSummary changeStatus(long dealId, DealStatus status) {
        Deal deal = load(dealId);
        deal.changeStatus(status, clock.instant());
        return deals.saveAndFlush(deal).toSummary();
    }

    /** Removes the deal; a ceremony that listed it loses it (the database cascades). */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void delete(long dealId) {
        deals.delete(load(dealId));
    }

    private Deal.Unit check(DealDraft draft) {
        if (!Amounts.CURRENCIES.contains(draft.getCurrency())) {
            throw new BusinessRuleException("deal.error.currency", draft.getCurrency());
        }
        if (draft.getIndustry() == Industry.OTHER && (draft.getIndustryOther() == null || draft.getIndustryOther().isBlank())) {
            throw new BusinessRuleException("deal.error.industry-other");
        }
        if (draft.getAmountWan() != null && draft.getAmountWan().stripTrailingZeros().scale() > Amounts.SCALE) {
            throw new BusinessRuleException("deal.error.amount-scale");
        }
        if (draft.getUnitId() == null) {
            throw new IllegalArgumentException("validated as @NotNull");
        }
        UnitSummary unit = units.find(draft.getUnitId()).orElseThrow(() -> new BusinessRuleException("deal.error.unit-unknown"));
        return new Deal.Unit(unit.id(), unit.nameZh(), unit.nameEn());
    }

    private Deal load(long dealId) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
        access.requireAccess(deal.eventId());
        return deal;
    }

    private void requireEvent(long eventId) {
        access.requireAccess(eventId);
        if (events.find(eventId).isEmpty()) {
            throw new NotFoundException("event", eventId);
        }
    }
}
