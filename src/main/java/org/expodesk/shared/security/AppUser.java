package org.expodesk.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal. It carries the account id so that services can check ownership without a
 * lookup, and the display name for the header. It is immutable: a change of roles ends the user's sessions.
 */
public final class AppUser implements UserDetails {

    private final long accountId;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final @Nullable Long personId;
    private final Set<Role> roles;
    private final boolean enabled;

    public AppUser(long accountId, String username, String passwordHash, String displayName,
            @Nullable Long personId, Set<Role> roles, boolean enabled) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.personId = personId;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Equal by account id, so the session registry finds all sessions of one account. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AppUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AppUser[" + username + "]";
    }
}
