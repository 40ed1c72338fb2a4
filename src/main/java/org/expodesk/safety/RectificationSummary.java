package org.expodesk.safety;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * A failed item to put right: what, where, who by when (the deadline in the event's time zone), and every
 * re-check so far. {@code overdue} is read at the moment the summary was made.
 */
public record RectificationSummary(long id, long eventId, long targetId, String targetName, long inspectionId,
        String itemZh, String itemEn, Severity severity, @Nullable String finding, Responsible owner,
        ZonedDateTime deadline, RectificationStatus status, Instant openedAt, @Nullable Instant closedAt,
        boolean overdue, List<Recheck> rechecks, long version) {

    public RectificationSummary {
        rechecks = List.copyOf(rechecks);
    }

    public String item(Locale locale) {
        return AppLocales.isChinese(locale) ? itemZh : itemEn;
    }

    public record Recheck(Instant checkedAt, boolean passed, @Nullable String note, @Nullable Long photoId, String checkedBy) {
    }
}
