package org.expodesk.guest.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.RsvpAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GuestRepository extends JpaRepository<Guest, Long>, JpaSpecificationExecutor<Guest> {

    Optional<Guest> findByEventIdAndPersonId(long eventId, long personId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from Guest g where g.id = :id")
    Optional<Guest> lockById(long id);

    List<Guest> findByEventIdAndMergedIntoIdIsNullOrderByNameZhAscIdAsc(long eventId);

    /** Same mobile, twice or more among the event's active guests: the strongest sign of a duplicate. */
    @Query("""
            select g from Guest g where g.eventId = :eventId and g.mergedIntoId is null and g.mobile in (
              select h.mobile from Guest h where h.eventId = :eventId and h.mergedIntoId is null and h.mobile is not null
              group by h.mobile having count(h) > 1)
            order by g.mobile, g.id""")
    List<Guest> sameMobile(long eventId);

    /** Same Chinese name and organisation (different or missing mobiles): probably one person typed twice. */
    @Query("""
            select g from Guest g where g.eventId = :eventId and g.mergedIntoId is null and g.organisation is not null
              and concat(g.nameZh, '|', g.organisation) in (
              select concat(h.nameZh, '|', h.organisation) from Guest h where h.eventId = :eventId and h.mergedIntoId is null
                and h.organisation is not null group by h.nameZh, h.organisation having count(h) > 1)
            order by g.nameZh, g.organisation, g.id""")
    List<Guest> sameNameAndOrganisation(long eventId);

    @Query("select g.invitingUnitId, g.invitingUnitName, count(g) from Guest g where g.eventId = :eventId and g.mergedIntoId is null "
            + "and g.answer = org.expodesk.guest.RsvpAnswer.ACCEPTED and g.invitingUnitId is not null "
            + "group by g.invitingUnitId, g.invitingUnitName order by count(g) desc")
    List<Object[]> acceptedByUnit(long eventId);

    long countByEventIdAndMergedIntoIdIsNull(long eventId);

    boolean existsByEventIdAndMobileAndMergedIntoIdIsNull(long eventId, String mobile);

    boolean existsByEventIdAndNameZhAndOrganisationAndMergedIntoIdIsNull(long eventId, String nameZh, String organisation);

    long countByEventIdAndMergedIntoIdIsNullAndAnswer(long eventId, RsvpAnswer answer);

    static Specification<Guest> matching(long eventId, @Nullable String text, @Nullable GuestCategory category,
            @Nullable RsvpAnswer answer, @Nullable Long unitId, @Nullable Collection<Long> onlyUnits) {
        return (root, query, cb) -> {
            var p = cb.and(cb.equal(root.get("eventId"), eventId), cb.isNull(root.get("mergedIntoId")));
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p = cb.and(p, cb.or(cb.like(cb.lower(root.get("nameZh")), like, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), like, '\\'),
                        cb.like(cb.lower(root.get("organisation")), like, '\\'),
                        cb.like(root.get("mobile"), like, '\\'),
                        cb.like(cb.lower(root.get("origin")), like, '\\')));
            }
            if (category != null) {
                p = cb.and(p, cb.equal(root.get("category"), category));
            }
            if (answer != null) {
                p = cb.and(p, cb.equal(root.get("answer"), answer));
            }
            if (unitId != null) {
                p = cb.and(p, cb.equal(root.get("invitingUnitId"), unitId));
            }
            if (onlyUnits != null) {
                p = onlyUnits.isEmpty() ? cb.disjunction() : cb.and(p, root.get("invitingUnitId").in(onlyUnits));
            }
            return p;
        };
    }
}
