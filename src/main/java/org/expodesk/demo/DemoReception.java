package org.expodesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.reception.HotelDraft;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.MealDraft;
import org.expodesk.reception.MealKind;
import org.expodesk.reception.MealService;
import org.expodesk.reception.MealSummary;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.RoomBlockDraft;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.RoomType;
import org.expodesk.reception.TripDirection;
import org.expodesk.reception.TripSummary;
import org.expodesk.reception.VehicleDraft;
import org.expodesk.reception.VehicleSummary;
import org.expodesk.shared.domain.BusinessRuleException;
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
 * The demo reception of the expo, built from the demo guests (DemoGuests, @Order(60)): four hotels with room blocks
 * from the night before opening to the last night, rooms for most accepted guests, the pickup trips of the two
 * arrival days with cars (two trips left without one, so the dashboard has something to show) and the welcome
 * banquet with its tables. Seeded once, through the services; skipped when the expo already has hotels.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoReception implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReception.class);

    private final EventService events;
    private final GuestService guests;
    private final LodgingService lodging;
    private final PickupService pickups;
    private final MealService meals;

    DemoReception(EventService events, GuestService guests, LodgingService lodging, PickupService pickups, MealService meals) {
        this.events = events;
        this.guests = guests;
        this.lodging = lodging;
        this.pickups = pickups;
        this.meals = meals;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).getContent().stream()
                    .filter(e -> e.nameZh().equals("第四届云溪小商品博览会")).findFirst().orElse(null);
            if (expo == null || !lodging.hotels(expo.id()).isEmpty()) {
                return;
            }
            seed(expo);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(EventSummary expo) {
        LocalDate firstNight = expo.startDate().minusDays(1);
        int nights = (int) (expo.endDate().toEpochDay() - firstNight.toEpochDay());
        String[][] hotels = {
                {"云溪国际大酒店", "Yunxi International Hotel", "云溪县商城大道 66 号", "周经理", "0579-85551234", "1.2", "60", "10"},
                {"云溪宾馆", "Yunxi Hotel", "云溪县人民路 8 号", "吴经理", "0579-85552345", "3.5", "40", "0"},
                {"青山开元大酒店", "Qingshan New Century Hotel", "青山市江滨路 188 号", "钱经理", "0579-83333456", "18.0", "50", "6"},
                {"溪口商务酒店", "Xikou Business Hotel", "溪口镇工业路 2 号", "孙经理", "0579-85664567", "6.8", "30", "0"}};
        List<RoomBlockSummary> twinBlocks = new java.util.ArrayList<>();
        for (String[] h : hotels) {
            HotelSummary hotel = lodging.createHotel(expo.id(), new HotelDraft(h[0], h[1], h[2], h[3], h[4], new BigDecimal(h[5])));
            twinBlocks.add(lodging.addBlock(RoomBlockDraft.counted(hotel.id(), RoomType.TWIN, firstNight, nights, Integer.parseInt(h[6]))));
            lodging.addBlock(RoomBlockDraft.counted(hotel.id(), RoomType.SINGLE, firstNight, nights, 10));
            int suites = Integer.parseInt(h[7]);
            if (suites > 0) {
                List<String> names = java.util.stream.IntStream.rangeClosed(1, suites).mapToObj(i -> "18" + String.format("%02d", i)).toList();
                lodging.addBlock(new RoomBlockDraft(hotel.id(), RoomType.SUITE, firstNight, nights, suites, names));
            }
        }
        List<GuestSummary> coming = guests.all(expo.id()).stream()
                .filter(g -> g.answer() == RsvpAnswer.ACCEPTED && g.arrival() != null && g.arrival().at() != null).toList();
        int lodged = 0;
        for (int i = 0; i < coming.size() && i < 150; i++) {
            GuestSummary g = coming.get(i);
            LocalDate in = g.arrival().at().toLocalDate();
            LocalDate out = g.departure() != null && g.departure().at() != null ? g.departure().at().toLocalDate() : expo.endDate();
            if (i % 15 == 7) { // stays on for a site visit (考察): a night outside the block, flagged for the team
                out = expo.endDate().plusDays(1);
            }
            try {
                lodging.assign(g.id(), twinBlocks.get(i % twinBlocks.size()).id(), in, out.isAfter(in) ? out : in.plusDays(1));
                lodged++;
            } catch (BusinessRuleException full) {
                // a full block: the guest stays on the dashboard's "without a room"
            }
        }
        String[][] cars = {{"浙G·A1234", "6", "张建华", "13905791001"}, {"浙G·B2345", "6", "李永强", "13905791002"},
                {"浙G·C3456", "17", "王师傅", "13905791003"}, {"浙G·D4567", "33", "赵师傅", "13905791004"},
                {"浙G·E5678", "6", "刘志明", "13905791005"}, {"浙G·F6789", "17", "陈师傅", "13905791006"}};
        List<VehicleSummary> vehicles = new java.util.ArrayList<>();
        for (String[] c : cars) {
            vehicles.add(pickups.addVehicle(expo.id(), new VehicleDraft(c[0], Integer.parseInt(c[1]), c[2], c[3])));
        }
        int trips = 0;
        int assigned = 0;
        for (LocalDate day : List.of(firstNight, expo.startDate())) {
            List<TripSummary> dayTrips = pickups.groupIntoTrips(expo.id(), day, TripDirection.ARRIVAL, PickupService.DEFAULT_WINDOW_MINUTES);
            trips += dayTrips.size();
            for (int t = 0; t < dayTrips.size() - 1; t++) { // the last trip of each day is left for the team
                TripSummary trip = dayTrips.get(t);
                VehicleSummary car = vehicles.stream().filter(v -> v.seats() >= trip.persons())
                        .skip(t % 3).findFirst().orElse(vehicles.get(3));
                try {
                    pickups.assignVehicle(trip.id(), car.id());
                    assigned++;
                } catch (BusinessRuleException tooSmall) {
                    // a crowded window: the team splits it by hand
                }
            }
        }
        MealSummary banquet = meals.create(expo.id(), new MealDraft(MealKind.BANQUET, "欢迎晚宴", "Welcome Banquet",
                expo.startDate().atTime(LocalTime.of(18, 30)), "云溪宾馆宴会厅"));
        banquet = meals.addTables(banquet.id(), 16, 10);
        int table = 0;
        int seated = 0;
        for (GuestSummary g : coming) {
            while (table < banquet.tables().size()) {
                try {
                    meals.seat(banquet.id(), banquet.tables().get(table).id(), g.id());
                    seated++;
                    break;
                } catch (BusinessRuleException full) {
                    table++;
                }
            }
        }
        log.info("Demo reception: 4 hotels, {} guests lodged, {} trips ({} with a car), {} guests at the welcome banquet",
                lodged, trips, assigned, seated);
    }
}
