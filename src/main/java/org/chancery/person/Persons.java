package org.chancery.person;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Persons extends Repository<Person, Long> {

    Person save(Person person);

    Optional<Person> findById(Long id);

    Optional<Person> findByNameEn(String nameEn);
}
