package org.expodesk.account;

import org.jspecify.annotations.Nullable;

/** What the signed-in user's account remembers between sessions. */
public record MyPreferences(@Nullable String languageTag, @Nullable Long currentEventId) {
}
