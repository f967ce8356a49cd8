package org.chancery.source.api;

import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.source.Source;
import org.chancery.source.SourceCommand;
import org.chancery.source.SourceFilter;
import org.chancery.source.SourcePosition;
import org.chancery.source.SourceQueries;
import org.chancery.source.SourceService;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /api/v1/sources}: where the record's facts come from. */
@ApiController("/api/v1/sources")
class SourceApiController extends AuditedRecordController<Source, SourceCommand, SourceResponse> {

    private final SourceQueries queries;

    SourceApiController(SourceService sources, SourceQueries queries) {
        super(sources, "source");
        this.queries = queries;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<SourceResponse> list(SourceListParameters parameters) {
        ListParameters read = new ListParameters();
        SourceFilter filter = parameters.filter(read);
        Paging<SourcePosition> paging = read.paging(parameters, SourcePosition.ORDER, SourcePosition::from);
        read.check();
        return paging.answer(queries, filter, SourceResponse::from);
    }

    @Override
    protected SourceResponse read(long id) {
        return SourceResponse.from(queries.entry(id));
    }
}
