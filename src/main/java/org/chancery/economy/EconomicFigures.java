package org.chancery.economy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EconomicFigures extends Repository<EconomicFigure, Long> {

    EconomicFigure save(EconomicFigure figure);

    EconomicFigure saveAndFlush(EconomicFigure figure);

    Optional<EconomicFigure> findById(Long id);

    /** Figures between two states, whichever of them reported. */
    @Query("""
            select f from EconomicFigure f
            where (f.reporterCode = :a and f.partnerCode = :b) or (f.reporterCode = :b and f.partnerCode = :a)
            order by f.period.earliest, f.indicator, f.id""")
    List<EconomicFigure> findBetween(String a, String b);
}
