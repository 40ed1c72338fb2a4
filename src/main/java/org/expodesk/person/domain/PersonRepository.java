package org.expodesk.person.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByMobile(String mobile);

    /** {@code like} is a lower-case LIKE pattern escaped with a backslash. */
    @Query("""
            select p from Person p where lower(p.nameZh) like :like escape '\\' or lower(p.nameEn) like :like escape '\\'
            or lower(p.organisation) like :like escape '\\' or p.mobile like :like escape '\\' order by p.nameZh, p.id""")
    List<Person> search(String like, Pageable pageable);
}
