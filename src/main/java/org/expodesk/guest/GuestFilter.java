package org.expodesk.guest;

import org.jspecify.annotations.Nullable;

/** What the guest list is narrowed to: free text (name, organisation, mobile, origin), category, answer, inviting unit. */
public record GuestFilter(@Nullable String text, @Nullable GuestCategory category, @Nullable RsvpAnswer answer,
        @Nullable Long invitingUnitId) {

    public static GuestFilter all() {
        return new GuestFilter(null, null, null, null);
    }
}
