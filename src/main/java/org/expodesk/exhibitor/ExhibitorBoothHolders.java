package org.expodesk.exhibitor;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.booth.BoothHolders;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The exhibitor side of the office's floor plan: company names on booths, and assignment from the booth card. */
@Component
class ExhibitorBoothHolders implements BoothHolders {

    private final BoothAllocator allocator;
    private final AllocationService allocations;
    private final ExhibitorService exhibitors;
    private final HallService halls;
    private final Clock clock;

    ExhibitorBoothHolders(BoothAllocator allocator, AllocationService allocations, ExhibitorService exhibitors, HallService halls,
            Clock clock) {
        this.allocator = allocator;
        this.allocations = allocations;
        this.exhibitors = exhibitors;
        this.halls = halls;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.OFFICE)
    public Map<Long, String> names(long hallId, Locale locale) {
        HallSummary hall = halls.find(hallId).orElseThrow(() -> new NotFoundException("hall", hallId));
        Map<Long, String> names = new HashMap<>();
        allocator.holderNames(hall.id(), clock.instant()).forEach((boothId, name) ->
                names.put(boothId, AppLocales.isChinese(locale) || name[1] == null || name[1].isBlank() ? name[0] : name[1]));
        return names;
    }

    @Override
    @PreAuthorize(Roles.OFFICE)
    public List<Holder> candidates(long eventId, String text, int limit, Locale locale) {
        return exhibitors.approvedMatching(eventId, text, limit).stream().map(e -> new Holder(e.id(), e.name(locale))).toList();
    }

    @Override
    @PreAuthorize(Roles.OFFICE)
    public void assign(long boothId, long holderId) {
        AllocationOutcome outcome = allocations.assign(boothId, holderId);
        if (outcome instanceof AllocationOutcome.AlreadyTaken taken) {
            throw new BusinessRuleException(taken.messageKey(), taken.boothCode());
        }
    }

    @Override
    @PreAuthorize(Roles.OFFICE)
    public void release(long boothId) {
        allocations.release(boothId);
    }
}
