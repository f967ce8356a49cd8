package org.chancery.institution.api;

import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.query.NamePosition;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.institution.Institution;
import org.chancery.institution.InstitutionCommand;
import org.chancery.institution.InstitutionFilter;
import org.chancery.institution.InstitutionQueries;
import org.chancery.institution.InstitutionService;
import org.chancery.state.StateDirectory;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /api/v1/institutions}: ministries, agencies, parliaments, companies. */
@ApiController("/api/v1/institutions")
class InstitutionApiController extends AuditedRecordController<Institution, InstitutionCommand, InstitutionResponse> {

    private final InstitutionQueries queries;
    private final StateDirectory states;

    InstitutionApiController(InstitutionService institutions, InstitutionQueries queries, StateDirectory states) {
        super(institutions, "institution");
        this.queries = queries;
        this.states = states;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<InstitutionResponse> list(InstitutionListParameters parameters) {
        ListParameters read = new ListParameters();
        InstitutionFilter filter = parameters.filter(read, states::exists);
        Paging<NamePosition> paging = read.paging(parameters, NamePosition.ORDER, NamePosition::from);
        read.check();
        return paging.answer(queries, filter, InstitutionResponse::from);
    }

    @Override
    protected InstitutionResponse read(long id) {
        return InstitutionResponse.from(queries.entry(id));
    }
}
