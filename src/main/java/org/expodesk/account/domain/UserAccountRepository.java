package org.expodesk.account.domain;

import java.util.Optional;
import org.expodesk.shared.security.Role;
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

    @Query("select count(distinct a) from UserAccount a join a.roles r where r = :role")
    long countWithRole(@Param("role") Role role);

    @Query(value = "select a from UserAccount a where :text is null or lower(a.username) like :text or lower(a.displayName) like :text",
            countQuery = "select count(a) from UserAccount a where :text is null or lower(a.username) like :text or lower(a.displayName) like :text")
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);
}
