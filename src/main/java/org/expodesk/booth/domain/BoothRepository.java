package org.expodesk.booth.domain;

import java.util.Collection;
import java.util.List;
import org.expodesk.booth.BoothFilter;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BoothRepository extends JpaRepository<Booth, Long>, JpaSpecificationExecutor<Booth> {

    List<Booth> findByHallIdOrderByCode(long hallId);

    /**
     * The rectangles of a hall's booths without loading the booths: the checks of every plan change read the
     * whole hall, and managed entities would also be dirty-checked when the change is flushed.
     */
    @Query("select new org.expodesk.booth.domain.BoothGeometry(b.id, b.code, b.x, b.y, b.width, b.depth) from Booth b where b.hallId = :hallId")
    List<BoothGeometry> findGeometry(@Param("hallId") long hallId);

    boolean existsByHallId(long hallId);

    /** The hall of a booth, read without loading the booth, so that it is loaded fresh once its hall is locked. */
    @Query("select b.hallId from Booth b where b.id = :id")
    java.util.Optional<Long> findHallId(@Param("id") long id);

    @Query("select b.code from Booth b where b.eventId = :eventId and b.code in :codes")
    List<String> findTakenCodes(@Param("eventId") long eventId, @Param("codes") Collection<String> codes);

    @Query("""
            select new org.expodesk.booth.domain.BoothStatusRow(b.hallId, b.status, b.holdExpiresAt,
                   (b.reservedUnitId is not null or b.reservedCategory is not null), b.area)
            from Booth b where b.eventId = :eventId""")
    List<BoothStatusRow> statusRows(@Param("eventId") long eventId);

    /**
     * Booths of the event matching the grid's filter. The status filter reads stored statuses: an expired
     * hold still counts as held here until allocation releases it.
     */
    static Specification<Booth> matching(long eventId, BoothFilter filter) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            predicates.add(cb.equal(root.get("eventId"), eventId));
            if (filter.hallId() != null) {
                predicates.add(cb.equal(root.get("hallId"), filter.hallId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            String code = filter.code();
            if (code != null && !code.isBlank()) {
                String like = BoothCodes.normalise(code).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.like(root.get("code"), like, '\\'));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
