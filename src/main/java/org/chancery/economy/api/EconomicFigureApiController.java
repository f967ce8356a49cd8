package org.chancery.economy.api;

import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.PageResponse;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.economy.EconomicFigure;
import org.chancery.economy.EconomicFigureQueries;
import org.chancery.economy.EconomicFigureCommand;
import org.chancery.economy.EconomicFigureService;
import org.chancery.state.StateDirectory;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/economic-figures}: trade, investment and deals between two states, each with
 * its source, filtered and paged, and the writes of editors. Every representation carries
 * its version as an ETag; writes name it in If-Match.
 */
@ApiController("/api/v1/economic-figures")
class EconomicFigureApiController
        extends AuditedRecordController<EconomicFigure, EconomicFigureCommand, EconomicFigureResponse> {

    private final EconomicFigureQueries queries;
    private final StateDirectory states;

    EconomicFigureApiController(EconomicFigureQueries queries, EconomicFigureService figures, StateDirectory states) {
        super(figures, "economic figure");
        this.queries = queries;
        this.states = states;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<EconomicFigureResponse> list(EconomicFigurePageParameters parameters) {
        EconomicFigurePageParameters.Parsed query = parameters.parse(states::exists);
        Long total = query.count() ? queries.count(query.criteria()) : null;
        if (query.updatedSince() != null) {
            return PageResponse.ofChanges(queries.changesSince(query.criteria(), query.updatedSince(),
                    query.afterChange(), query.limit()).map(change -> change.map(EconomicFigureResponse::from)),
                    query.limit(), total);
        }
        return PageResponse.of(queries.page(query.criteria(), query.order(), query.after(), query.limit())
                .map(EconomicFigureResponse::from), query.limit(), total);
    }

    /** The live figure, or why not: 404 where there never was one, 410 where it was deleted. */
    @Override
    protected EconomicFigureResponse read(long id) {
        return EconomicFigureResponse.from(queries.live(id));
    }
}
