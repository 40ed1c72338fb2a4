package org.expodesk.badge.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.expodesk.badge.BadgeFilter;
import org.expodesk.badge.BadgeStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface BadgeRepository extends JpaRepository<Badge, Long>, JpaSpecificationExecutor<Badge> {

    Optional<Badge> findByEventIdAndPersonIdAndStatus(long eventId, long personId, BadgeStatus status);

    /** By the badge id of the code, never by the code text: the code column compares case-insensitively. */
    Optional<Badge> findByBadgeUid(String badgeUid);

    List<Badge> findByEventIdAndStatusAndRevokedAtGreaterThanEqualOrderByRevokedAt(long eventId, BadgeStatus status,
            java.time.Instant since);

    static Specification<Badge> matching(long eventId, BadgeFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("eventId"), eventId));
            if (filter.typeId() != null) {
                predicates.add(cb.equal(root.get("typeId"), filter.typeId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("nameZh")), like, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), like, '\\'),
                        cb.like(cb.lower(root.get("organisation")), like, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<Badge> after(long id) {
        return (root, query, cb) -> cb.greaterThan(root.get("id"), id);
    }
}
