package org.expodesk.deal.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.expodesk.deal.DealFilter;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DealRepository extends JpaRepository<Deal, Long>, JpaSpecificationExecutor<Deal> {

    List<Deal> findByIdIn(Collection<Long> ids);

    List<Deal> findByEventIdOrderByIdAsc(long eventId);

    boolean existsByEventIdAndProjectZh(long eventId, String projectZh);

    /** Deals of the event matching the grid's filter; the text matches project and investor names in both languages. */
    static Specification<Deal> matching(long eventId, DealFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("eventId"), eventId));
            if (filter.unitId() != null) {
                p.add(cb.equal(root.get("unitId"), filter.unitId()));
            }
            if (filter.industry() != null) {
                p.add(cb.equal(root.get("industry"), filter.industry()));
            }
            if (filter.kind() != null) {
                p.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                p.add(cb.equal(root.get("status"), filter.status()));
            }
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p.add(cb.or(List.of("projectZh", "projectEn", "investorZh", "investorEn").stream()
                        .map(f -> cb.like(cb.lower(root.get(f)), like, '\\')).toArray(Predicate[]::new)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
