package org.chancery.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Offices extends Repository<Office, Long> {

    Office save(Office office);

    Office saveAndFlush(Office office);

    /** Writes the changes to the offices loaded in this transaction (new terms get their ids). */
    void flush();

    Optional<Office> findById(Long id);

    void delete(Office office);

    @Query("""
            select distinct o from Office o join fetch o.terms
            where o.id in (select held.id from Office held join held.terms t where t.personId = :personId)""")
    List<Office> findHeldBy(Long personId);
}
