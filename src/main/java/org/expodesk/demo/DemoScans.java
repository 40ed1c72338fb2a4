package org.expodesk.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.expodesk.badge.BadgeFilter;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.Wall;
import org.expodesk.checkin.CheckInService;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.DeviceSummary;
import org.expodesk.checkin.Direction;
import org.expodesk.checkin.GateDraft;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gates and a day of scans for the demo expo, so the gates screen and the occupancy screen have something to
 * show. One gate per door of halls 4 and 5 (the freight doors admit exhibitors and staff only), a demo scanning
 * device for hall 4's north gate whose fresh enrolment code is printed at every start, and the first fair day's
 * scans of the demo badges. The fair opens weeks after the demo is seeded, so "now" would answer every badge
 * NOT_VALID_NOW: the scans are judged as of that first day ({@link CheckInService#scanAsOf}, the same rules as
 * a live scan) and logged as offline scans with that time. Each has a fixed nonce, so nothing is counted twice.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoScans implements ApplicationRunner {

    static final String DEMO_DEVICE = "4号馆北门 演示手机";
    private static final Logger log = LoggerFactory.getLogger(DemoScans.class);
    private static final Map<Wall, String[]> DOORS = Map.of(Wall.NORTH, new String[] {"N", "north gate"},
            Wall.EAST, new String[] {"E", "east gate"}, Wall.SOUTH, new String[] {"S", "south freight gate"},
            Wall.WEST, new String[] {"W", "west gate"});

    private final EventService events;
    private final HallService halls;
    private final GateService gates;
    private final DeviceService devices;
    private final BadgeService badges;
    private final BadgeTypeService types;
    private final CheckInService checkIn;

    DemoScans(EventService events, HallService halls, GateService gates, DeviceService devices, BadgeService badges,
            BadgeTypeService types, CheckInService checkIn) {
        this.events = events;
        this.halls = halls;
        this.gates = gates;
        this.devices = devices;
        this.badges = badges;
        this.types = types;
        this.checkIn = checkIn;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).stream()
                    .filter(e -> e.nameEn().equals("4th Yunxi Small Commodities Expo")).findFirst().orElse(null);
            if (expo == null) {
                return;
            }
            if (gates.gatesOf(expo.id()).isEmpty()) {
                List<GateSummary> created = createGates(expo);
                devices.register(created.getFirst().id(), DEMO_DEVICE);
                scanTheFirstDay(expo, created);
            }
            printEnrolmentCode(expo);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<GateSummary> createGates(EventSummary expo) {
        Set<Long> crew = Set.copyOf(types.types(expo.id()).stream().filter(t -> t.code() == 1 || t.code() == 6)
                .map(BadgeTypeSummary::id).toList());
        List<GateSummary> created = new ArrayList<>();
        for (HallSummary hall : halls.halls(expo.id())) {
            for (Wall wall : List.of(Wall.NORTH, Wall.WEST, Wall.EAST, Wall.SOUTH)) {
                Entrance door = hall.entrances().stream().filter(e -> e.wall() == wall).findFirst().orElse(null);
                if (door == null) {
                    continue;
                }
                String[] names = DOORS.get(wall);
                GateDraft draft = GateDraft.of(hall.code() + names[0], hall.code() + "号馆" + door.label(),
                        "Hall " + hall.code() + " " + names[1], hall.id());
                if (wall == Wall.SOUTH) {
                    draft.setAllowedTypeIds(crew);
                }
                created.add(gates.create(expo.id(), draft));
            }
        }
        return created;
    }

    /**
     * The first fair day, 08:30 to 17:30: everybody comes in through a public door of hall 4 or 5; crews and guests
     * with re-entry badges step out and back at lunch; about a third leave in the afternoon. A few mistakes for the
     * log: a buyer tries the freight door, a second scan of a single-entry badge.
     */
    private void scanTheFirstDay(EventSummary expo, List<GateSummary> gatesOfExpo) {
        ZoneId zone = expo.timeZone();
        Instant opening = expo.startDate().atTime(LocalTime.of(8, 30)).atZone(zone).toInstant();
        List<GateSummary> publicDoors = gatesOfExpo.stream().filter(g -> !g.code().endsWith("S")).toList();
        GateSummary freight = gatesOfExpo.stream().filter(g -> g.code().endsWith("S")).findFirst().orElseThrow();
        Random random = new Random(2026);
        int scans = 0;
        for (BadgeSummary badge : badges.list(expo.id(), BadgeFilter.all(), PageRequest.of(0, 1000))) {
            String code = badges.print(badge.id()).code();
            GateSummary door = publicDoors.get(random.nextInt(publicDoors.size()));
            Instant in = opening.plusSeconds(random.nextInt(3 * 3600));
            if (badge.type().code() == 2 && scans % 5 == 0) {
                scan(freight, code, badge, "freight", Direction.IN, in.minusSeconds(60));
            }
            scan(door, code, badge, "in", Direction.IN, in);
            scans++;
            if (!badge.type().reEntry() && scans % 4 == 0) {
                scan(publicDoors.get(0), code, badge, "again", Direction.IN, in.plusSeconds(1800));
            }
            if (badge.type().reEntry() && random.nextBoolean()) {
                Instant lunch = expo.startDate().atTime(LocalTime.of(12, 0)).atZone(zone).toInstant().plusSeconds(random.nextInt(3600));
                scan(door, code, badge, "lunch-out", Direction.OUT, lunch);
                scan(door, code, badge, "lunch-in", Direction.IN, lunch.plusSeconds(1200 + random.nextInt(1800)));
            }
            if (random.nextInt(3) == 0) {
                Instant leaves = expo.startDate().atTime(LocalTime.of(15, 0)).atZone(zone).toInstant().plusSeconds(random.nextInt(9000));
                scan(door, code, badge, "out", Direction.OUT, leaves);
            }
        }
        log.info("Demo: {} gates and the first fair day's scans of {} badges", gatesOfExpo.size(), scans);
    }

    private void scan(GateSummary gate, String code, BadgeSummary badge, String step, Direction direction, Instant at) {
        UUID nonce = UUID.nameUUIDFromBytes(("demo-scan-" + badge.badgeId() + "-" + step).getBytes(StandardCharsets.UTF_8));
        checkIn.scanAsOf(gate.id(), code, nonce, direction, at);
    }

    /** Only the hash of a code is kept, so each start makes a fresh one (valid 15 minutes) and prints it. */
    private void printEnrolmentCode(EventSummary expo) {
        devices.devicesOf(expo.id()).stream().filter(d -> d.name().equals(DEMO_DEVICE) && !d.status().equals("REVOKED"))
                .findFirst().map(DeviceSummary::id).map(devices::newEnrolmentCode).ifPresent(enrolment -> log.info("""

                        ============================================================
                         Demo gate device "{}" (gate 4N): enrolment code {}
                         valid until {} — POST /api/v1/devices/enrol {"code":"{}"}
                        ============================================================""",
                        DEMO_DEVICE, enrolment.code(), enrolment.expiresAt(), enrolment.code()));
    }
}
