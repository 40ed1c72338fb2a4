package org.expodesk.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.util.ProxyUtils;

/** Identity and optimistic locking for every entity: two people editing one record never overwrite each other silently. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a persisted entity; fails loudly when called on one not yet saved. */
    public long requireId() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has not been saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || ProxyUtils.getUserClass(this) != ProxyUtils.getUserClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        return ProxyUtils.getUserClass(this).hashCode();
    }
}
