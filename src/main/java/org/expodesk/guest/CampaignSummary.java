package org.expodesk.guest;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * A campaign with its progress: invitations per status against the target. {@code deadline} is the RSVP deadline in
 * the event's time zone (the campaign's own, else the start of the opening day).
 */
public record CampaignSummary(long id, long eventId, String nameZh, @Nullable String nameEn, int targetCount,
        @Nullable Long invitingUnitId, ZonedDateTime deadline, @Nullable String programmeZh, @Nullable String programmeEn,
        Map<InvitationStatus, Long> byStatus) {

    public CampaignSummary {
        byStatus = Map.copyOf(byStatus);
    }

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null ? nameZh : nameEn;
    }

    public long invited() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(InvitationStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
