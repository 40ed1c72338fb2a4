package org.expodesk.badge;

import java.util.List;
import org.expodesk.badge.domain.BadgeType;
import org.expodesk.badge.domain.BadgeTypeRepository;
import org.expodesk.event.EventCreated;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The badge types of each event. Every new event starts with the usual seven, so the office can issue badges
 * on its first day; events older than badges get them on first use.
 */
@Service
public class BadgeTypeService {

    private final BadgeTypeRepository types;
    private final EventAccessPolicy access;
    private final TransactionTemplate newTransaction;

    BadgeTypeService(BadgeTypeRepository types, EventAccessPolicy access, PlatformTransactionManager transactions) {
        this.types = types;
        this.access = access;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The event's types, the starter set first created for an event older than badges. */
    @PreAuthorize(Roles.OFFICE)
    public List<BadgeTypeSummary> types(long eventId) {
        access.requireAccess(eventId);
        List<BadgeType> existing = types.findByEventIdOrderBySortOrder(eventId);
        if (existing.isEmpty()) {
            try {
                newTransaction.executeWithoutResult(tx -> ensureStarterSet(eventId));
            } catch (DataIntegrityViolationException e) {
                // Another office user opened the badges of this event at the same moment: their set stands.
            }
            existing = types.findByEventIdOrderBySortOrder(eventId);
        }
        return existing.stream().map(BadgeType::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.OFFICE)
    public BadgeTypeSummary type(long eventId, long typeId) {
        access.requireAccess(eventId);
        return types.findById(typeId).filter(t -> t.eventId() == eventId).map(BadgeType::toSummary)
                .orElseThrow(() -> new NotFoundException("badge type", typeId));
    }

    /** In the transaction that creates the event. */
    @EventListener
    @Transactional
    void createStarterSet(EventCreated created) {
        ensureStarterSet(created.eventId());
    }

    /**
     * Codes 1–7 in the order offices list them. Exhibitors and staff come for build-up and tear-down (two days
     * before, one after), volunteers the day before for training; guests only on fair days. Staff and
     * volunteers go in and out all day, so theirs are re-entry badges; the others admit once a day.
     */
    private List<BadgeType> ensureStarterSet(long eventId) {
        List<BadgeType> existing = types.findByEventIdOrderBySortOrder(eventId);
        if (!existing.isEmpty()) {
            return existing;
        }
        return types.saveAllAndFlush(List.of(
                BadgeType.of(eventId, 1, "参展商", "Exhibitor", "#1565C0", true, 2, 1),
                BadgeType.of(eventId, 2, "采购商", "Buyer", "#2E7D32", false, 0, 0),
                BadgeType.of(eventId, 3, "客商", "Merchant", "#00838F", false, 0, 0),
                BadgeType.of(eventId, 4, "嘉宾", "VIP Guest", "#C62828", true, 0, 0),
                BadgeType.of(eventId, 5, "媒体", "Media", "#6A1B9A", true, 0, 0),
                BadgeType.of(eventId, 6, "工作人员", "Staff", "#EF6C00", true, 2, 1),
                BadgeType.of(eventId, 7, "志愿者", "Volunteer", "#F9A825", true, 1, 0)));
    }
}
