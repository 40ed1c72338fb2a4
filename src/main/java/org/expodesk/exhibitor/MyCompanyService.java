package org.expodesk.exhibitor;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.FloorPlan;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.exhibitor.domain.Exhibitor;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.exhibitor.domain.RegistrationChange;
import org.expodesk.exhibitor.domain.RegistrationChangeRepository;
import org.expodesk.exhibitor.domain.StaffMember;
import org.expodesk.exhibitor.domain.StaffMemberRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.validation.PhoneValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An exhibitor's own company: its profile, the history of its registration, the plan of the halls with its
 * booths marked, and its staff within the quota its booth area gives. Every method finds the company from the
 * signed-in account and the event; no method takes a company id, so no request can reach another company.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EXHIBITOR')")
public class MyCompanyService {

    private final ExhibitorRepository exhibitors;
    private final RegistrationChangeRepository changes;
    private final StaffMemberRepository staff;
    private final BoothAllocator allocator;
    private final BoothService booths;
    private final HallService halls;
    private final Clock clock;
    private final BigDecimal areaPerUnit;
    private final int staffPerUnit;

    MyCompanyService(ExhibitorRepository exhibitors, RegistrationChangeRepository changes, StaffMemberRepository staff,
            BoothAllocator allocator, BoothService booths, HallService halls, Clock clock,
            @Value("${expodesk.exhibitor.staff.area-per-unit-m2:9}") BigDecimal areaPerUnit,
            @Value("${expodesk.exhibitor.staff.per-unit:2}") int staffPerUnit) {
        this.exhibitors = exhibitors;
        this.changes = changes;
        this.staff = staff;
        this.allocator = allocator;
        this.booths = booths;
        this.halls = halls;
        this.clock = clock;
        this.areaPerUnit = areaPerUnit;
        this.staffPerUnit = staffPerUnit;
    }

    /** The signed-in account's company in the event, if it registered one. */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public Optional<ExhibitorSummary> myCompany(long eventId) {
        return mine(eventId).map(Exhibitor::toSummary);
    }

    @PreAuthorize("hasRole('EXHIBITOR')")
    public List<StatusChange> myHistory(long eventId) {
        return changes.findByExhibitorIdOrderByChangedAtAscIdAsc(require(eventId).requireId()).stream()
                .map(RegistrationChange::toRecord).toList();
    }

    /**
     * Changes what the company may change itself (see {@code Exhibitor.applyProfile}); name, credit code,
     * category, famous brand and local enterprise stay as reviewed, whatever the draft says.
     */
    @Transactional
    @PreAuthorize("hasRole('EXHIBITOR')")
    public ExhibitorSummary updateMyProfile(long eventId, long version, @Valid ExhibitorDraft draft) {
        Exhibitor exhibitor = require(eventId);
        if (exhibitor.getVersion() != version) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        exhibitor.applyProfile(draft, clock.instant());
        return exhibitors.saveAndFlush(exhibitor).toSummary();
    }

    @PreAuthorize("hasRole('EXHIBITOR')")
    public List<HallSummary> halls(long eventId) {
        require(eventId);
        return halls.hallsForExhibitors(eventId);
    }

    /** A hall's plan with only free booths' details, and which booths are the company's own. */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public ExhibitorPlan plan(long hallId) {
        FloorPlan plan = booths.planForExhibitors(hallId);
        Exhibitor mine = require(plan.hall().eventId());
        Set<Long> own = new HashSet<>();
        allocator.booths(mine.requireId(), clock.instant()).forEach(b -> own.add(b.boothId()));
        return new ExhibitorPlan(plan, own);
    }

    @PreAuthorize("hasRole('EXHIBITOR')")
    public List<StaffSummary> myStaff(long eventId) {
        return staff.findByExhibitorIdOrderById(require(eventId).requireId()).stream().map(StaffMember::toSummary).toList();
    }

    @PreAuthorize("hasRole('EXHIBITOR')")
    public StaffQuota myStaffQuota(long eventId) {
        return quota(require(eventId).requireId());
    }

    /** Adds a person to the booth staff; refused beyond the quota. The company's row is locked while counting. */
    @Transactional
    @PreAuthorize("hasRole('EXHIBITOR')")
    public StaffSummary addStaff(long eventId, @Valid StaffDraft draft) {
        long exhibitorId = require(eventId).requireId();
        allocator.lockExhibitor(exhibitorId);
        StaffQuota quota = quota(exhibitorId);
        if (quota.left() <= 0) {
            throw new BusinessRuleException("exhibitor.error.staff-quota", quota.allowed());
        }
        StaffMember member = new StaffMember(exhibitorId, draft.getName().strip(), PhoneValidator.normalise(draft.getMobile()),
                draft.getRole().strip(), clock.instant());
        return staff.saveAndFlush(member).toSummary();
    }

    /** Removes a person of the company's own staff; another company's staff id is refused. */
    @Transactional
    @PreAuthorize("hasRole('EXHIBITOR')")
    public void removeStaff(long eventId, long staffId) {
        long exhibitorId = require(eventId).requireId();
        StaffMember member = staff.findById(staffId).filter(s -> s.exhibitorId() == exhibitorId)
                .orElseThrow(() -> new AccessDeniedException("Staff " + staffId + " is not of your company"));
        staff.delete(member);
    }

    private StaffQuota quota(long exhibitorId) {
        BigDecimal area = allocator.assignedArea(exhibitorId);
        return new StaffQuota(area, StaffQuota.allowed(area, areaPerUnit, staffPerUnit), (int) staff.countByExhibitorId(exhibitorId),
                staffPerUnit, areaPerUnit);
    }

    private Optional<Exhibitor> mine(long eventId) {
        return exhibitors.findByAccountIdAndEventId(CurrentUser.require().accountId(), eventId);
    }

    private Exhibitor require(long eventId) {
        return mine(eventId).orElseThrow(() -> new AccessDeniedException("No company of this account in event " + eventId));
    }
}
