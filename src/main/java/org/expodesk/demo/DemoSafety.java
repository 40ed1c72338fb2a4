package org.expodesk.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.ContingencyService;
import org.expodesk.safety.Responsible;
import org.expodesk.safety.TargetDraft;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Safety for the demo expo, after the floor plan: its halls and booths as targets, fire extinguishers every 12 m
 * along the walls of each hall given to the hall's steward, a hotel kitchen and a shuttle bus, and the standard
 * contingency plans. Runs once: an expo that already has plans is left alone.
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

    DemoSafety(EventService events, HallService halls, TargetService targets, ContingencyService plans) {
        this.events = events;
        this.halls = halls;
        this.targets = targets;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.selectable().stream().filter(e -> e.nameEn().startsWith("4th Yunxi")).findFirst().orElse(null);
            if (expo == null || !plans.plans(expo.id()).isEmpty()) {
                return;
            }
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
                targets.assignInHall(hall.id(), true, new Responsible(hall.code() + "号馆安全员 陈志强", "1390579" + String.format("%04d", 1000 + n), "云溪县消防救援大队"));
            }
            TargetDraft kitchen = TargetDraft.of(TargetKind.HOTEL, "云溪国际大酒店 后厨");
            kitchen.setDescription("云溪县商城大道88号（嘉宾接待酒店）");
            targets.create(expo.id(), kitchen.responsible("周海燕", "13757901234", "云溪国际大酒店"));
            TargetDraft bus = TargetDraft.of(TargetKind.VEHICLE, "嘉宾接驳车 1号");
            bus.setDescription("浙G·A1234 · 45座");
            targets.create(expo.id(), bus.responsible("刘师傅", "13867905678", "云溪公交集团"));
            log.info("Demo safety: {} halls and booths as targets, extinguishers, a hotel kitchen, a bus and six plans", added);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
