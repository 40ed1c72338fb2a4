package org.expodesk.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.AllocatedBooth;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.AllocationState;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.safety.ContingencyService;
import org.expodesk.safety.Responsible;
import org.expodesk.safety.TargetDraft;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Safety for the demo expo, after the floor plan and the exhibitors: its halls and booths as targets, every booth
 * answered for by the contact of the company it is assigned to (else the hall's steward), fire extinguishers every
 * 12 m along the walls given to the nearest booth's responsible person, a hotel kitchen and a shuttle bus, the
 * standard contingency plans, and a week of past rounds ({@link DemoSafetyWeek}). Each step skips what is there.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoSafety implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSafety.class);

    private final EventService events;
    private final HallService halls;
    private final TargetService targets;
    private final ContingencyService plans;
    private final ExhibitorService exhibitors;
    private final AllocationService allocations;
    private final DemoSafetyWeek week;

    DemoSafety(EventService events, HallService halls, TargetService targets, ContingencyService plans, ExhibitorService exhibitors,
            AllocationService allocations, DemoSafetyWeek week) {
        this.events = events;
        this.halls = halls;
        this.targets = targets;
        this.plans = plans;
        this.exhibitors = exhibitors;
        this.allocations = allocations;
        this.week = week;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.selectable().stream().filter(e -> e.nameEn().startsWith("4th Yunxi")).findFirst().orElse(null);
            if (expo == null) {
                return;
            }
            if (plans.plans(expo.id()).isEmpty()) {
                firstTargets(expo);
            }
            int named = boothResponsibles(expo);
            if (named > 0) {
                for (HallSummary hall : halls.halls(expo.id())) {
                    targets.assignInHall(hall.id(), true, steward(hall));
                }
            }
            int rounds = week.record(expo);
            log.info("Demo safety: {} booths given a responsible person, {} past rounds recorded", named, rounds);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void firstTargets(EventSummary expo) {
        plans.addStarterPlans(expo.id());
        int added = targets.addHallsAndBooths(expo.id());
        int n = 1;
        for (HallSummary hall : halls.halls(expo.id())) {
            for (int x = 6; x < hall.width().intValue(); x += 12) {
                for (BigDecimal y : new BigDecimal[] {new BigDecimal("1"), hall.depth().subtract(BigDecimal.ONE)}) {
                    targets.create(expo.id(), TargetDraft.of(TargetKind.EXTINGUISHER, hall.code() + "号馆灭火器 MHZ-" + n++)
                            .at(hall.id(), BigDecimal.valueOf(x), y));
                }
            }
        }
        TargetDraft kitchen = TargetDraft.of(TargetKind.HOTEL, "云溪国际大酒店 后厨");
        kitchen.setDescription("云溪县商城大道88号（嘉宾接待酒店）");
        targets.create(expo.id(), kitchen.responsible("周海燕", "13757901234", "云溪国际大酒店"));
        TargetDraft bus = TargetDraft.of(TargetKind.VEHICLE, "嘉宾接驳车 1号");
        bus.setDescription("浙G·A1234 · 45座");
        targets.create(expo.id(), bus.responsible("刘师傅", "13867905678", "云溪公交集团"));
        log.info("Demo safety: {} halls and booths as targets, extinguishers, a hotel kitchen, a bus and six plans", added);
    }

    /**
     * Booth and hall targets nobody answers for yet: a booth's is the contact of the approved company it is
     * assigned to (read through the exhibitor module's services), else the hall's steward, who also answers for
     * the hall itself. Returns how many were named.
     */
    private int boothResponsibles(EventSummary expo) {
        List<TargetSummary> open = targets.all(expo.id()).stream()
                .filter(t -> (t.kind() == TargetKind.BOOTH || t.kind() == TargetKind.HALL) && t.responsible() == null).toList();
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, Responsible> byBooth = new HashMap<>();
        ExhibitorFilter approved = new ExhibitorFilter(RegistrationStatus.APPROVED, null, null, null, null);
        Page<ExhibitorSummary> page = exhibitors.list(expo.id(), approved, PageRequest.of(0, 200));
        while (true) {
            for (ExhibitorSummary company : page) {
                for (AllocatedBooth booth : allocations.boothsOf(company.id())) {
                    if (booth.state() == AllocationState.ASSIGNED) {
                        byBooth.put(booth.boothId(), new Responsible(company.contactName(), company.mobile(), company.nameZh()));
                    }
                }
            }
            if (!page.hasNext()) {
                break;
            }
            page = exhibitors.list(expo.id(), approved, page.nextPageable());
        }
        Map<Long, HallSummary> hallsById = halls.halls(expo.id()).stream().collect(Collectors.toMap(HallSummary::id, h -> h));
        for (TargetSummary booth : open) {
            Responsible r = booth.boothId() == null ? null : byBooth.get(booth.boothId());
            if (r == null) {
                r = steward(hallsById.get(booth.hallId()));
            }
            targets.update(booth.id(), targets.draftOf(booth.id()).responsible(r.name(), r.mobile(), r.unit()));
        }
        return open.size();
    }

    /** The hall's safety steward, who answers for what no company does. */
    static Responsible steward(HallSummary hall) {
        return new Responsible(hall.code() + "号馆安全员 陈志强", "139057910" + String.format("%02d", Math.abs(hall.code().hashCode()) % 100),
                "云溪县消防救援大队");
    }
}
