package org.expodesk.exhibitor;

import org.jspecify.annotations.Nullable;

/** The review queue's filters; null means any. {@code text} matches names and the credit code. */
public record ExhibitorFilter(@Nullable RegistrationStatus status, @Nullable ExhibitorCategory category,
        @Nullable Boolean famousBrand, @Nullable Boolean localEnterprise, @Nullable String text) {

    public static ExhibitorFilter all() {
        return new ExhibitorFilter(null, null, null, null, null);
    }
}
