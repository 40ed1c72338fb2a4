package org.expodesk.exhibitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.expodesk.exhibitor.domain.Exhibitor;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Booths for companies. The office assigns any free or reserved booth to an approved company of its event and
 * takes booths back; an approved company picks free booths itself: a pick holds the booth for the hold time,
 * a confirmation makes it the company's, and an expired hold frees the booth again (lazily when someone asks
 * for it, and by {@link HoldSweep}). A company never names itself: the self-service methods find the
 * company of the signed-in account in the booth's event. One company per booth: see {@link BoothAllocator}.
 */
@Service
public class AllocationService {

    private static final List<String> FREE = List.of("FREE");
    private static final List<String> FREE_OR_RESERVED = List.of("FREE", "RESERVED");

    private final BoothAllocator allocator;
    private final AllocationAttempts attempts;
    private final ExhibitorRepository exhibitors;
    private final EventAccessPolicy access;
    private final Clock clock;
    private final Duration holdTime;
    private final int maxSelfPicked;

    AllocationService(BoothAllocator allocator, PlatformTransactionManager transactionManager, ExhibitorRepository exhibitors,
            EventAccessPolicy access, Clock clock, @Value("${expodesk.exhibitor.hold-time:PT30M}") Duration holdTime,
            @Value("${expodesk.exhibitor.max-self-picked-booths:2}") int maxSelfPicked) {
        this.allocator = allocator;
        this.attempts = new AllocationAttempts(transactionManager);
        this.exhibitors = exhibitors;
        this.access = access;
        this.clock = clock;
        this.holdTime = holdTime;
        this.maxSelfPicked = maxSelfPicked;
    }

    /** The office gives the booth (free, or reserved for a unit or category) to an approved company of the same event. */
    @PreAuthorize(Roles.OFFICE)
    public AllocationOutcome assign(long boothId, long exhibitorId) {
        Exhibitor exhibitor = exhibitors.findById(exhibitorId).orElseThrow(() -> new NotFoundException("exhibitor", exhibitorId));
        access.requireAccess(exhibitor.eventId());
        BoothAllocator.BoothKey booth = boothOfEvent(boothId, exhibitor.eventId());
        requireApproved(exhibitor);
        Long by = byAccount();
        return attempts.take(booth.id(), booth.code(), () -> {
            Instant now = clock.instant();
            return allocator.take(booth, exhibitorId, AllocationState.ASSIGNED, null, FREE_OR_RESERVED, by, now)
                    ? new AllocationOutcome.Allocated(booth.id(), booth.code(), AllocationState.ASSIGNED, null) : null;
        });
    }

    /** The office takes a booth back from whoever holds or has it; false when nobody did. */
    @PreAuthorize(Roles.OFFICE)
    public boolean release(long boothId) {
        BoothAllocator.BoothKey booth = allocator.booth(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        access.requireAccess(booth.eventId());
        return attempts.run(() -> allocator.release(boothId, null, clock.instant()));
    }

    /** The booths a company holds or has, for the office's review detail. */
    @PreAuthorize(Roles.OFFICE)
    public List<AllocatedBooth> boothsOf(long exhibitorId) {
        Exhibitor exhibitor = exhibitors.findById(exhibitorId).orElseThrow(() -> new NotFoundException("exhibitor", exhibitorId));
        access.requireAccess(exhibitor.eventId());
        return allocator.booths(exhibitorId, clock.instant());
    }

    /** The signed-in company picks a free booth: held for it until the hold time has passed. */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public AllocationOutcome hold(long boothId) {
        BoothAllocator.BoothKey booth = allocator.booth(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        Exhibitor mine = myCompanyIn(booth.eventId());
        requireApproved(mine);
        Long by = byAccount();
        return attempts.take(booth.id(), booth.code(), () -> {
            Instant now = clock.instant();
            allocator.lockExhibitor(mine.requireId());
            if (allocator.activeCount(mine.requireId(), now) >= maxSelfPicked) {
                throw new BusinessRuleException("exhibitor.error.booth-limit", maxSelfPicked);
            }
            Instant expires = now.plus(holdTime);
            return allocator.take(booth, mine.requireId(), AllocationState.HELD, expires, FREE, by, now)
                    ? new AllocationOutcome.Allocated(booth.id(), booth.code(), AllocationState.HELD, expires) : null;
        });
    }

    /** The signed-in company confirms a booth it holds; refused when the hold has expired or is not its own. */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public AllocationOutcome confirm(long boothId) {
        BoothAllocator.BoothKey booth = allocator.booth(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        Exhibitor mine = myCompanyIn(booth.eventId());
        boolean confirmed = attempts.run(() -> allocator.confirm(boothId, mine.requireId(), clock.instant()));
        if (!confirmed) {
            throw new BusinessRuleException("exhibitor.error.not-your-hold");
        }
        return new AllocationOutcome.Allocated(booth.id(), booth.code(), AllocationState.ASSIGNED, null);
    }

    /** The signed-in company lets go of a booth it holds (an assigned booth only the office takes back). */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public void releaseHold(long boothId) {
        BoothAllocator.BoothKey booth = allocator.booth(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        Exhibitor mine = myCompanyIn(booth.eventId());
        if (!attempts.run(() -> allocator.release(boothId, mine.requireId(), clock.instant()))) {
            throw new BusinessRuleException("exhibitor.error.not-your-hold");
        }
    }

    /** The booths the signed-in company holds or has in the event. */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public List<AllocatedBooth> myBooths(long eventId) {
        return allocator.booths(myCompanyIn(eventId).requireId(), clock.instant());
    }

    /** Who allocates, for the record; the seeding "system" user (account id 0) is no account. */
    private static @Nullable Long byAccount() {
        long id = CurrentUser.require().accountId();
        return id > 0 ? id : null;
    }

    /** The company of the signed-in account in the event; anybody else's company is never found. */
    private Exhibitor myCompanyIn(long eventId) {
        return exhibitors.findByAccountIdAndEventId(CurrentUser.require().accountId(), eventId)
                .orElseThrow(() -> new AccessDeniedException("No company of this account in event " + eventId));
    }

    private BoothAllocator.BoothKey boothOfEvent(long boothId, long eventId) {
        BoothAllocator.BoothKey booth = allocator.booth(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        if (booth.eventId() != eventId) {
            throw new BusinessRuleException("exhibitor.error.other-event");
        }
        return booth;
    }

    private static void requireApproved(Exhibitor exhibitor) {
        if (exhibitor.status() != RegistrationStatus.APPROVED) {
            throw new BusinessRuleException("exhibitor.error.not-approved");
        }
    }
}
