package org.expodesk.safety;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.expodesk.safety.domain.ContingencyPlan;
import org.expodesk.safety.domain.ContingencyPlanRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.validation.PhoneValidator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The event's contingency plans (预案), one per kind of incident, started from the product's starter set. */
@Service
@Validated
@Transactional(readOnly = true)
public class ContingencyService {

    /** Public service numbers (110, 119, 120, 122, 12345 …) are what a plan calls first; they are not phone numbers of people. */
    private static final Pattern SERVICE_NUMBER = Pattern.compile("1\\d{2}|1\\d{4}");

    private final ContingencyPlanRepository plans;
    private final SafetyEvents events;
    private final Clock clock;

    ContingencyService(ContingencyPlanRepository plans, SafetyEvents events, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(SafetyRoles.READERS)
    public List<PlanSummary> plans(long eventId) {
        events.requireAccess(eventId);
        return plans.findByEventIdOrderByKind(eventId).stream().map(ContingencyPlan::toSummary).toList();
    }

    @PreAuthorize(SafetyRoles.READERS)
    public PlanSummary plan(long planId) {
        return load(planId).toSummary();
    }

    /** Adds the starter plan of every incident kind the event has no plan for yet; returns how many were added. */
    @Transactional
    @PreAuthorize(SafetyRoles.READERS)
    public int addStarterPlans(long eventId) {
        events.requireAccess(eventId);
        Set<IncidentKind> missing = EnumSet.allOf(IncidentKind.class);
        plans.findByEventIdOrderByKind(eventId).forEach(p -> missing.remove(p.toSummary().kind()));
        Instant now = clock.instant();
        for (IncidentKind kind : missing) {
            plans.save(new ContingencyPlan(eventId, kind, StarterPlans.ALL.get(kind), now));
        }
        plans.flush();
        return missing.size();
    }

    /** Saves the plan's title, people to call and steps over the version the editor started from. */
    @Transactional
    @PreAuthorize(SafetyRoles.READERS)
    public PlanSummary update(long planId, long version, @Valid PlanSummary.Draft draft) {
        ContingencyPlan plan = load(planId);
        if (plan.getVersion() != version) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        for (PlanSummary.Contact c : draft.contacts()) {
            if (!SERVICE_NUMBER.matcher(c.mobile().strip()).matches() && !PhoneValidator.isValid(c.mobile())) {
                throw new BusinessRuleException("safety.error.contact-phone", c.name());
            }
        }
        if (draft.steps().isEmpty()) {
            throw new BusinessRuleException("safety.error.plan-steps");
        }
        plan.apply(draft, clock.instant());
        try {
            return plans.saveAndFlush(plan).toSummary();
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
    }

    private ContingencyPlan load(long planId) {
        ContingencyPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("safety-plan", planId));
        events.requireAccess(plan.eventId());
        return plan;
    }
}
