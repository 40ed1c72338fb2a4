package org.expodesk.countdown.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountdownTemplateRepository extends JpaRepository<CountdownTemplate, Long> {

    List<CountdownTemplate> findAllByOrderByCreatedAtAscIdAsc();
}
