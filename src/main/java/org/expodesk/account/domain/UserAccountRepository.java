package org.expodesk.account.domain;

import java.util.Optional;
import org.expodesk.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(distinct a) from UserAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);

    @Query("select count(distinct a) from UserAccount a join a.roles r join a.eventIds e"
            + " where r = :role and e = :eventId and a.enabled = true")
    long countEnabledWithRoleAssignedTo(@Param("role") Role role, @Param("eventId") long eventId);

    @Query("select count(distinct a) from UserAccount a join a.roles r where r = :role")
    long countWithRole(@Param("role") Role role);

    /** Enabled accounts the event is assigned to: the people who work on it (administrators see all events without one). */
    @Query("select count(distinct a) from UserAccount a join a.eventIds e where e = :eventId and a.enabled = true")
    long countEnabledAssignedTo(@Param("eventId") long eventId);

    /** {@code text}: a lower-case LIKE pattern whose wildcards in the user's input are escaped with a backslash, or null for all. */
    @Query(value = "select a from UserAccount a where :text is null"
            + " or lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\'",
            countQuery = "select count(a) from UserAccount a where :text is null"
                    + " or lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\'")
    Page<UserAccount> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("select count(a) from UserAccount a where :text is null"
            + " or lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\'")
    long countMatching(@Param("text") @Nullable String text);
}
