package org.expodesk.programme.domain;

import java.time.Instant;
import java.util.List;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.SessionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgrammeSessionRepository extends JpaRepository<ProgrammeSession, Long>, JpaSpecificationExecutor<ProgrammeSession> {

    List<ProgrammeSession> findByEventIdOrderByStartAscIdAsc(long eventId);

    List<ProgrammeSession> findByEventIdAndPublicSessionTrueOrderByStartAscIdAsc(long eventId);

    boolean existsByPlaceId(long placeId);

    /** Sessions of the event that overlap [from, to): the only ones a new session can clash with. */
    @Query("select s from ProgrammeSession s where s.eventId = :eventId and s.start < :to and s.end > :from order by s.start, s.id")
    List<ProgrammeSession> findOverlapping(@Param("eventId") long eventId, @Param("from") Instant from, @Param("to") Instant to);

    /** The sessions in which a person speaks or takes part. */
    @Query("select distinct s from ProgrammeSession s join s.people p where s.eventId = :eventId and p.personId = :personId order by s.start, s.id")
    List<ProgrammeSession> findWithPerson(@Param("eventId") long eventId, @Param("personId") long personId);

    /** Sessions of one event, starting in [from, to) when given, of one kind and in one place when given. */
    static Specification<ProgrammeSession> matching(long eventId, @Nullable Instant from, @Nullable Instant to,
            @Nullable SessionKind kind, @Nullable PlaceKind placeKind, @Nullable Long placeId) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            predicates.add(cb.equal(root.get("eventId"), eventId));
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("start"), from));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("start"), to));
            }
            if (kind != null) {
                predicates.add(cb.equal(root.get("kind"), kind));
            }
            if (placeKind != null && placeId != null) {
                predicates.add(cb.equal(root.get(placeKind == PlaceKind.HALL ? "placeHallId" : "placeId"), placeId));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
