package org.expodesk.reception;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A meal with its tables and who sits at them, each guest with their dietary needs. */
public record MealSummary(long id, long eventId, MealKind kind, String nameZh, @Nullable String nameEn, ZonedDateTime startsAt,
        String place, List<Table> tables) {

    public record Table(long id, int tableNo, int seats, List<Diner> diners) {

        public int taken() {
            return diners.stream().mapToInt(Diner::persons).sum();
        }
    }

    public record Diner(long guestId, String nameZh, int persons, @Nullable String dietary) {
    }
}
