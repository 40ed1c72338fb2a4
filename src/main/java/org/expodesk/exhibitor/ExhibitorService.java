package org.expodesk.exhibitor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.exhibitor.domain.Exhibitor;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.exhibitor.domain.RegistrationChange;
import org.expodesk.exhibitor.domain.RegistrationChangeRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's review queue: the registrations of an event, filtered and paged in the database, each with its
 * history; approve, reject with a reason, put on the waiting list. Every move names the version the reviewer
 * saw (two reviewers never overwrite each other) and is recorded with who and when.
 */
@Service
@Transactional(readOnly = true)
public class ExhibitorService {

    private final ExhibitorRepository exhibitors;
    private final RegistrationChangeRepository changes;
    private final BoothAllocator allocator;
    private final EventAccessPolicy access;
    private final AccountService accounts;
    private final Clock clock;

    ExhibitorService(ExhibitorRepository exhibitors, RegistrationChangeRepository changes, BoothAllocator allocator,
            EventAccessPolicy access, AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.exhibitors = exhibitors;
        this.changes = changes;
        this.allocator = allocator;
        this.access = access;
        this.clock = clock;
    }

    /** One page of the event's registrations, oldest submission first unless the page sorts otherwise. */
    @PreAuthorize(Roles.OFFICE)
    public Page<ExhibitorSummary> list(long eventId, ExhibitorFilter filter, Pageable pageable) {
        access.requireAccess(eventId);
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("submittedAt", "id"));
        return exhibitors.findAll(ExhibitorRepository.matching(eventId, filter), sorted).map(Exhibitor::toSummary);
    }

    @PreAuthorize(Roles.OFFICE)
    public long count(long eventId, ExhibitorFilter filter) {
        access.requireAccess(eventId);
        return exhibitors.count(ExhibitorRepository.matching(eventId, filter));
    }

    @PreAuthorize(Roles.OFFICE)
    public Optional<ExhibitorSummary> find(long exhibitorId) {
        return exhibitors.findById(exhibitorId).filter(e -> access.canAccess(e.eventId())).map(Exhibitor::toSummary);
    }

    /** The registration's moves, oldest first. */
    @PreAuthorize(Roles.OFFICE)
    public List<StatusChange> history(long exhibitorId) {
        load(exhibitorId);
        return changes.findByExhibitorIdOrderByChangedAtAscIdAsc(exhibitorId).stream().map(RegistrationChange::toRecord).toList();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public ExhibitorSummary approve(long exhibitorId, long version) {
        return move(exhibitorId, version, RegistrationStatus.APPROVED, null);
    }

    /** Refuses the registration; the reason is required, the company reads it. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public ExhibitorSummary reject(long exhibitorId, long version, String reason) {
        if (reason.isBlank()) {
            throw new BusinessRuleException("exhibitor.error.reason-required");
        }
        return move(exhibitorId, version, RegistrationStatus.REJECTED, reason);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public ExhibitorSummary waitlist(long exhibitorId, long version, @Nullable String reason) {
        return move(exhibitorId, version, RegistrationStatus.WAITLISTED, reason);
    }

    /**
     * Gives an imported company (which has no account yet) an existing EXHIBITOR account that works on the
     * company's event: what an administrator does when a company already has its sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ExhibitorSummary linkAccount(long exhibitorId, long accountId) {
        Exhibitor exhibitor = load(exhibitorId);
        AccountSummary account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!account.roles().contains(Role.EXHIBITOR) || !account.eventIds().contains(exhibitor.eventId())) {
            throw new BusinessRuleException("exhibitor.error.account-not-exhibitor", account.username());
        }
        if (exhibitors.findByAccountIdAndEventId(accountId, exhibitor.eventId()).isPresent()) {
            throw new BusinessRuleException("exhibitor.error.account-has-company", account.username());
        }
        exhibitor.linkAccount(accountId, clock.instant());
        return exhibitors.saveAndFlush(exhibitor).toSummary();
    }

    /** Approved companies of the event whose name or credit code contains the text: whom the office can give a booth. */
    @PreAuthorize(Roles.OFFICE)
    public List<ExhibitorSummary> approvedMatching(long eventId, String text, int limit) {
        access.requireAccess(eventId);
        return exhibitors.findCandidates(eventId, RegistrationStatus.APPROVED, ExhibitorRepository.like(text),
                PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream().map(Exhibitor::toSummary).toList();
    }

    private ExhibitorSummary move(long exhibitorId, long version, RegistrationStatus to, @Nullable String reason) {
        Exhibitor exhibitor = load(exhibitorId);
        if (exhibitor.getVersion() != version) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        RegistrationStatus from = exhibitor.status();
        if (!from.next().contains(to)) {
            throw new BusinessRuleException("exhibitor.error.status-move", new org.expodesk.shared.domain.Translatable(from.messageKey()),
                    new org.expodesk.shared.domain.Translatable(to.messageKey()));
        }
        if (from == RegistrationStatus.APPROVED && allocator.activeCount(exhibitorId, clock.instant()) > 0) {
            throw new BusinessRuleException("exhibitor.error.has-booths");
        }
        Instant now = clock.instant();
        exhibitor.moveTo(to, reason, now);
        AppUser by = CurrentUser.require();
        changes.save(new RegistrationChange(exhibitorId, from, to, reason, by.accountId(), by.displayName(), now));
        return exhibitors.saveAndFlush(exhibitor).toSummary();
    }

    private Exhibitor load(long exhibitorId) {
        Exhibitor exhibitor = exhibitors.findById(exhibitorId).orElseThrow(() -> new NotFoundException("exhibitor", exhibitorId));
        access.requireAccess(exhibitor.eventId());
        return exhibitor;
    }
}
