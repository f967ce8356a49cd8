package org.chancery.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Persons extends Repository<Person, Long> {

    Person save(Person person);

    Person saveAndFlush(Person person);

    Optional<Person> findById(Long id);

    Optional<Person> findByNameEn(String nameEn);

    /**
     * These persons, each to get a new version when the transaction commits: what a person's
     * representation shows of the offices they held changed (a term, an office's title).
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select p from Person p where p.id in :ids")
    List<Person> findAllToRevise(Collection<Long> ids);
}
