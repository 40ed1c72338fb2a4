package org.expodesk.unit.domain;

import java.util.List;
import org.expodesk.unit.UnitKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("select u from OrgUnit u order by u.sortOrder, u.nameZh")
    List<OrgUnit> findAllOrdered();

    List<OrgUnit> findByParentId(Long parentId);

    boolean existsByParentId(Long parentId);

    long countByKind(UnitKind kind);

    long countByLiaisonPersonIdIsNull();

    List<OrgUnit> findByLiaisonPersonId(Long liaisonPersonId);
}
