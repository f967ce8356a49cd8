package org.chancery.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface Agreements extends Repository<Agreement, Long> {

    Agreement save(Agreement agreement);

    Optional<Agreement> findById(Long id);

    @EntityGraph(attributePaths = "participations")
    Optional<Agreement> findByNameEn(String nameEn);

    List<Agreement> findAllByOrderByNameEn();
}
