package org.expodesk.exhibitor.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.RegistrationStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExhibitorRepository extends JpaRepository<Exhibitor, Long>, JpaSpecificationExecutor<Exhibitor> {

    boolean existsByEventIdAndCreditCode(long eventId, String creditCode);

    Optional<Exhibitor> findByAccountIdAndEventId(long accountId, long eventId);

    /** The companies of one account, newest event first; an exhibitor usually has one. */
    List<Exhibitor> findByAccountIdOrderByIdDesc(long accountId);

    List<Exhibitor> findByIdIn(Collection<Long> ids);

    /** Approved companies of the event whose name or code contains the text, for the office's booth assignment. */
    @Query("""
            select e from Exhibitor e where e.eventId = :eventId and e.status = :status
            and (lower(e.nameZh) like :like or lower(e.nameEn) like :like or e.creditCode like :like) order by e.nameZh""")
    List<Exhibitor> findCandidates(@Param("eventId") long eventId, @Param("status") RegistrationStatus status,
            @Param("like") String like, org.springframework.data.domain.Pageable page);

    static Specification<Exhibitor> matching(long eventId, ExhibitorFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("eventId"), eventId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.famousBrand() != null) {
                predicates.add(cb.equal(root.get("famousBrand"), filter.famousBrand()));
            }
            if (filter.localEnterprise() != null) {
                predicates.add(cb.equal(root.get("localEnterprise"), filter.localEnterprise()));
            }
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                String like = like(text);
                predicates.add(cb.or(cb.like(cb.lower(root.get("nameZh")), like, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), like, '\\'), cb.like(root.get("creditCode"), like.toUpperCase(Locale.ROOT), '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** "%text%" for LIKE with the backslash as escape, lower case. */
    static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
