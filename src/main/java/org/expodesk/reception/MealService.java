package org.expodesk.reception;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.event.EventService;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.reception.domain.MealTables;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.domain.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Banquets and group meals: numbered tables with seats, guests' parties seated at them with their dietary needs in
 * view, and the count the kitchen needs. A table never takes more persons than its seats (counted under a row lock).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MealService {

    /** The kitchen's line for guests who gave no dietary need. */
    public static final String NO_NEEDS = "";

    private final MealTables meals;
    private final GuestService guests;
    private final EventService events;
    private final ReceptionAccess access;

    MealService(MealTables meals, GuestService guests, EventService events, ReceptionAccess access) {
        this.meals = meals;
        this.guests = guests;
        this.events = events;
        this.access = access;
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public MealSummary create(long eventId, @Valid MealDraft draft) {
        access.require(eventId);
        long id = meals.createMeal(eventId, draft.kind().name(), draft.nameZh().strip(),
                Texts.blankToNull(draft.nameEn()),
                draft.startsAt().atZone(zone(eventId)).toInstant(), draft.place().strip());
        return meal(id);
    }

    /** A new name, kind, time or place; tables and seated guests stay. */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public MealSummary update(long mealId, @Valid MealDraft draft) {
        MealTables.MealRow m = row(mealId);
        meals.updateMeal(mealId, draft.kind().name(), draft.nameZh().strip(), Texts.blankToNull(draft.nameEn()),
                draft.startsAt().atZone(zone(m.eventId())).toInstant(), draft.place().strip());
        return meal(mealId);
    }

    /**
     * Deletes the meal with its tables and seats. The caller says how many guests it saw seated (the screen asks
     * the user to confirm that number): when someone was seated or unseated in between, the meal stays and the
     * refusal names the number now seated, so nobody's seat goes without being seen.
     */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void delete(long mealId, int seatedGuestsSeen) {
        row(mealId);
        meals.lockMealAndTables(mealId);
        int seated = meals.parties(mealId);
        if (seated != seatedGuestsSeen) {
            throw new BusinessRuleException("reception.error.meal-seating-changed", seated);
        }
        meals.deleteMeal(mealId);
    }

    /** The event's accepted guests not seated at this meal, by name; the screen seats them from here. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public List<GuestSummary> unseated(long mealId) {
        MealTables.MealRow m = row(mealId);
        Set<Long> seated = meals.seats(mealId).stream().map(MealTables.SeatRow::guestId).collect(Collectors.toSet());
        return guests.all(m.eventId()).stream().filter(g -> g.answer() == RsvpAnswer.ACCEPTED && !seated.contains(g.id()))
                .sorted(Comparator.comparing(GuestSummary::nameZh)).toList();
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public MealSummary addTables(long mealId, @Min(1) @Max(200) int count, @Min(1) @Max(40) int seatsEach) {
        row(mealId);
        meals.addTables(mealId, count, seatsEach);
        return meal(mealId);
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public List<MealSummary> meals(long eventId) {
        access.require(eventId);
        return meals.meals(eventId).stream().map(m -> meal(m.id())).toList();
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public MealSummary meal(long mealId) {
        MealTables.MealRow m = row(mealId);
        Map<Long, GuestSummary> byId = guests.all(m.eventId()).stream().collect(Collectors.toMap(GuestSummary::id, Function.identity()));
        Map<Long, List<MealTables.SeatRow>> seated = meals.seats(mealId).stream().collect(Collectors.groupingBy(MealTables.SeatRow::tableId));
        List<MealSummary.Table> tables = meals.tables(mealId).stream().map(t -> new MealSummary.Table(t.id(), t.tableNo(), t.seats(),
                seated.getOrDefault(t.id(), List.of()).stream().map(s -> {
                    GuestSummary g = byId.get(s.guestId());
                    return new MealSummary.Diner(s.guestId(), g == null ? "?" : g.nameZh(), g == null ? null : g.nameEn(), s.persons(),
                            g == null ? null : g.dietary());
                }).toList())).toList();
        return new MealSummary(m.id(), m.eventId(), MealKind.valueOf(m.kind()), m.nameZh(), m.nameEn(), m.startsAt().atZone(zone(m.eventId())),
                m.place(), tables);
    }

    /** Seats the guest's party at the table (moving them from another table of the meal); refused when it is full. */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public MealSummary seat(long mealId, long tableId, long guestId) {
        MealTables.MealRow m = row(mealId);
        MealTables.TableRow table = meals.lockTable(tableId);
        if (table == null || table.mealId() != mealId) {
            throw new NotFoundException("meal-table", tableId);
        }
        GuestSummary guest = guests.find(guestId).filter(g -> g.eventId() == m.eventId()).orElseThrow(() -> new NotFoundException("guest", guestId));
        meals.unseat(mealId, guestId);
        if (meals.taken(tableId) + guest.partySize() > table.seats()) {
            throw new BusinessRuleException("reception.error.table-full", table.tableNo(), table.seats());
        }
        meals.seat(mealId, tableId, guestId, guest.partySize());
        return meal(mealId);
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void unseat(long mealId, long guestId) {
        row(mealId);
        meals.unseat(mealId, guestId);
    }

    /** Persons seated and their dietary needs (as written, trimmed; {@link #NO_NEEDS} for none), for the kitchen. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public KitchenCount kitchenCount(long mealId) {
        MealSummary meal = meal(mealId);
        Map<String, Integer> byDietary = new TreeMap<>();
        int persons = 0;
        for (MealSummary.Table t : meal.tables()) {
            for (MealSummary.Diner d : t.diners()) {
                persons += d.persons();
                // only the guest states a need; companions are counted with the guest's need until they give their own
                String need = d.dietary() == null || d.dietary().isBlank() ? NO_NEEDS : d.dietary().strip();
                byDietary.merge(need, 1, Integer::sum);
                if (d.persons() > 1) {
                    byDietary.merge(NO_NEEDS, d.persons() - 1, Integer::sum);
                }
            }
        }
        return new KitchenCount(mealId, persons, byDietary);
    }

    /** The kitchen's sheet of the meal as PDF: persons by dietary need and, per table, who needs what. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public void writeKitchenSheet(long mealId, OutputStream out) {
        KitchenSheetPdf.write(meal(mealId), kitchenCount(mealId), out);
    }

    private MealTables.MealRow row(long mealId) {
        MealTables.MealRow m = meals.meal(mealId);
        if (m == null) {
            throw new NotFoundException("meal", mealId);
        }
        access.require(m.eventId());
        return m;
    }

    private ZoneId zone(long eventId) {
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId)).timeZone();
    }
}
