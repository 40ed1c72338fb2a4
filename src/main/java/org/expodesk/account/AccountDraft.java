package org.expodesk.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.expodesk.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in to create or change an account. The password is only read on creation. */
public class AccountDraft {

    @NotBlank
    @Size(min = 3, max = 80)
    @Pattern(regexp = "[A-Za-z0-9._@+-]+", message = "{expodesk.validation.username}")
    private String username = "";

    @NotBlank
    @Size(max = 120)
    private String displayName = "";

    private @Nullable String password;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Set<Long> eventIds = new HashSet<>();

    private @Nullable Long personId;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> getEventIds() {
        return eventIds;
    }

    public void setEventIds(Set<Long> eventIds) {
        this.eventIds = new HashSet<>(eventIds);
    }

    public @Nullable Long getPersonId() {
        return personId;
    }

    public void setPersonId(@Nullable Long personId) {
        this.personId = personId;
    }
}
