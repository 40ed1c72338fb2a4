package org.expodesk.badge;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything printed on one badge, and nothing more: the renderer needs no service or database. */
public record BadgePrint(long id, String nameZh, @Nullable String nameEn, @Nullable String organisation,
        String typeNameZh, String typeNameEn, String colour, String eventNameZh, String eventNameEn,
        LocalDate eventStart, LocalDate eventEnd, List<LocalDate> validDays, String code) {
}
