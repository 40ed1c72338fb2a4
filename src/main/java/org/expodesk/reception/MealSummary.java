package org.expodesk.reception;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A meal with its tables and who sits at them, each guest with their dietary needs. */
public record MealSummary(long id, long eventId, MealKind kind, String nameZh, @Nullable String nameEn, ZonedDateTime startsAt,
        String place, List<Table> tables) {

    /** The seats of all tables. */
    public int seats() {
        return tables.stream().mapToInt(Table::seats).sum();
    }

    /** Persons seated at all tables. */
    public int taken() {
        return tables.stream().mapToInt(Table::taken).sum();
    }

    /** Guests (parties) seated, the number the screen asks to confirm before the meal is deleted. */
    public int parties() {
        return tables.stream().mapToInt(t -> t.diners().size()).sum();
    }

    /** The name in the user's language (the Chinese one when no English name was given). */
    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null ? nameZh : nameEn;
    }

    public record Table(long id, int tableNo, int seats, List<Diner> diners) {

        public int taken() {
            return diners.stream().mapToInt(Diner::persons).sum();
        }
    }

    public record Diner(long guestId, String nameZh, @Nullable String nameEn, int persons, @Nullable String dietary) {

        public String displayName(Locale locale) {
            return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
        }

        public boolean hasDietaryNeeds() {
            return dietary != null && !dietary.isBlank();
        }
    }
}
