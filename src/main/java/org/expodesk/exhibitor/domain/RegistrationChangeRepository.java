package org.expodesk.exhibitor.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationChangeRepository extends JpaRepository<RegistrationChange, Long> {

    List<RegistrationChange> findByExhibitorIdOrderByChangedAtAscIdAsc(long exhibitorId);
}
