package org.expodesk.programme.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammePlaceRepository extends JpaRepository<ProgrammePlace, Long> {

    List<ProgrammePlace> findByEventIdOrderBySortOrderAscNameZhAsc(long eventId);

    Optional<ProgrammePlace> findByEventIdAndNameZh(long eventId, String nameZh);
}
