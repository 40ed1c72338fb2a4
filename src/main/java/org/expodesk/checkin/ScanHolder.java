package org.expodesk.checkin;

import org.jspecify.annotations.Nullable;

/** Who wears the scanned badge, as printed on it; shown to the volunteer only for genuine, unrevoked badges. */
public record ScanHolder(String nameZh, @Nullable String nameEn, @Nullable String organisation, String typeNameZh,
        String typeNameEn, String typeColour) {
}
