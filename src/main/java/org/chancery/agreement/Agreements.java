package org.chancery.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Agreements extends Repository<Agreement, Long> {

    Agreement save(Agreement agreement);

    Agreement saveAndFlush(Agreement agreement);

    Optional<Agreement> findById(Long id);

    @EntityGraph(attributePaths = "participations")
    Optional<Agreement> findByNameEn(String nameEn);

    List<Agreement> findAllByOrderByNameEn();

    /**
     * The live events that concern the agreement: while there are any, it is not deleted. Its
     * steps' own entries do not count: they go and come back with it (V170).
     */
    @Query(value = "select e.id from event e where e.agreement_id = :agreementId and e.deleted_at is null"
            + " and e.participation_step_id is null order by e.id",
            nativeQuery = true)
    List<Long> findLiveEventsConcerning(long agreementId);
}
