package org.chancery.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Institutions extends Repository<Institution, Long> {

    Institution save(Institution institution);

    Institution saveAndFlush(Institution institution);

    Optional<Institution> findById(Long id);

    List<Institution> findByStateCodeOrderByNameEn(String stateCode);
}
