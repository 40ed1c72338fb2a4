package org.expodesk.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.security.Role;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 80)
    private String username = "";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    @Column(name = "person_id")
    private @Nullable Long personId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 20)
    private @Nullable String locale;

    @Column(name = "current_event_id")
    private @Nullable Long currentEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_event", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "event_id", nullable = false)
    private Set<Long> eventIds = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Instant now) {
        this.username = normaliseUsername(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static String normaliseUsername(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable String locale() {
        return locale;
    }

    public @Nullable Long currentEventId() {
        return currentEventId;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> eventIds() {
        return Set.copyOf(eventIds);
    }

    public void rename(String displayName, Instant now) {
        this.displayName = displayName.strip();
        this.updatedAt = now;
    }

    public void linkPerson(@Nullable Long personId, Instant now) {
        this.personId = personId;
        this.updatedAt = now;
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    public void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public void grant(Set<Role> newRoles, Set<Long> newEventIds, Instant now) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.eventIds.clear();
        this.eventIds.addAll(newEventIds);
        this.updatedAt = now;
    }

    public void assignEvent(long eventId, Instant now) {
        if (eventIds.add(eventId)) {
            this.updatedAt = now;
        }
    }

    public void rememberLocale(@Nullable String languageTag) {
        this.locale = languageTag;
    }

    public void rememberCurrentEvent(@Nullable Long eventId) {
        this.currentEventId = eventId;
    }

    public void recordLogin(Instant now) {
        this.lastLoginAt = now;
    }
}
