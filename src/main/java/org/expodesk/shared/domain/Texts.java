package org.expodesk.shared.domain;

import org.jspecify.annotations.Nullable;

/** How free text from forms is stored: trimmed, and an empty field as no value rather than "". */
public final class Texts {

    private Texts() {
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
