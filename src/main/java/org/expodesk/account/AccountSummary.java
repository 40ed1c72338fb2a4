package org.expodesk.account;

import java.time.Instant;
import java.util.Set;
import org.expodesk.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** An account as the administration screen shows it; never carries the password hash. */
public record AccountSummary(long id, String username, String displayName, @Nullable Long personId,
        Set<Role> roles, Set<Long> eventIds, boolean enabled, @Nullable Instant lastLoginAt, Instant createdAt) {
}
