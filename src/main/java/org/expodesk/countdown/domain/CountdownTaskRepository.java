package org.expodesk.countdown.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.countdown.TaskFilter;
import org.expodesk.countdown.TaskStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CountdownTaskRepository extends JpaRepository<CountdownTask, Long>, JpaSpecificationExecutor<CountdownTask> {

    List<CountdownTask> findByEventIdOrderByStartDateAscIdAsc(long eventId);

    boolean existsByEventId(long eventId);

    /** The event's tasks matching the filter; "late" needs the event's today: past the deadline and not done. */
    static Specification<CountdownTask> matching(long eventId, TaskFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("eventId"), eventId));
            if (filter.workstream() != null) {
                where.add(cb.equal(root.get("workstream"), filter.workstream()));
            }
            if (filter.ownerUnitId() != null) {
                where.add(cb.equal(root.get("ownerUnitId"), filter.ownerUnitId()));
            }
            if (filter.ownerPersonId() != null) {
                where.add(cb.equal(root.get("ownerPersonId"), filter.ownerPersonId()));
            }
            if (filter.lateOnly()) {
                where.add(cb.lessThan(root.get("deadline"), today));
                where.add(cb.notEqual(root.get("status"), TaskStatus.DONE));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
