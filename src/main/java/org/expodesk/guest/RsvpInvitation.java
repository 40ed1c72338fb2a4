package org.expodesk.guest;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * What the RSVP page shows a guest: the event, their own name, the programme summary, their current answer as a
 * form to change, the deadline (in the event's time zone) and whether it is still open.
 */
public record RsvpInvitation(EventSummary event, String guestNameZh, @Nullable String guestNameEn, @Nullable String title,
        @Nullable String programmeZh, @Nullable String programmeEn, RsvpAnswer answer, RsvpForm form,
        ZonedDateTime deadline, boolean open) {

    public String guestName(Locale locale) {
        return AppLocales.isChinese(locale) || guestNameEn == null ? guestNameZh : guestNameEn;
    }

    public @Nullable String programme(Locale locale) {
        return AppLocales.isChinese(locale) || programmeEn == null ? programmeZh : programmeEn;
    }
}
