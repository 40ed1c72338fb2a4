package org.expodesk.guest;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * A guest of an event as other features see them, with the RSVP's travel data (times in the event's time zone).
 * {@code invitingUnitName} is the unit's Chinese name when the guest was saved; {@code mergedIntoId} is set on a
 * duplicate that was merged away (lists leave those out).
 */
public record GuestSummary(
        long id,
        long eventId,
        long personId,
        String nameZh,
        @Nullable String nameEn,
        @Nullable String title,
        @Nullable String organisation,
        GuestCategory category,
        @Nullable String origin,
        @Nullable String mobile,
        @Nullable String email,
        @Nullable Long invitingUnitId,
        @Nullable String invitingUnitName,
        int companions,
        @Nullable String companionNames,
        @Nullable String dietary,
        @Nullable String accessibility,
        @Nullable String notes,
        @Nullable String hotelWish,
        RsvpAnswer answer,
        @Nullable Travel arrival,
        @Nullable Travel departure,
        @Nullable Long mergedIntoId,
        long version) {

    public String displayName(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    /** The guest and their companions: what rooms, seats and cars are counted for. */
    public int partySize() {
        return 1 + companions;
    }
}
