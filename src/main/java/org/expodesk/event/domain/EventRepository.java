package org.expodesk.event.domain;

import java.util.Collection;
import org.expodesk.event.EventFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    /** Events matching the filter; {@code visibleIds} null means every event (administrators). */
    static Specification<Event> matching(EventFilter filter, @Nullable Collection<Long> visibleIds) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (!filter.includeArchived()) {
                predicates.add(cb.isNull(root.get("archivedAt")));
            }
            if (visibleIds != null) {
                predicates.add(visibleIds.isEmpty() ? cb.disjunction() : root.get("id").in(visibleIds));
            }
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("nameZh")), like, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), like, '\\'),
                        cb.like(cb.lower(root.get("venueNameZh")), like, '\\'),
                        cb.like(cb.lower(root.get("venueNameEn")), like, '\\')));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
