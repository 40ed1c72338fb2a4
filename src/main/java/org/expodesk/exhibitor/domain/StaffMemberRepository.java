package org.expodesk.exhibitor.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    List<StaffMember> findByExhibitorIdOrderById(long exhibitorId);

    long countByExhibitorId(long exhibitorId);
}
