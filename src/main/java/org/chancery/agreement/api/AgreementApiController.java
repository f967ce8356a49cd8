package org.chancery.agreement.api;

import org.chancery.agreement.Agreement;
import org.chancery.agreement.AgreementQueries;
import org.chancery.agreement.AgreementCommand;
import org.chancery.agreement.AgreementService;
import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.PageResponse;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.state.StateDirectory;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/agreements}: the agreements with every participation and step, filtered and
 * paged, and the writes of editors on the agreement itself. Participations and steps are
 * written through {@link ParticipationApiController}. Every representation carries the
 * agreement's version as an ETag; writes name it in If-Match. Reading one, writing, deleting,
 * restoring and the history are {@link AuditedRecordController}'s.
 */
@ApiController("/api/v1/agreements")
class AgreementApiController extends AuditedRecordController<Agreement, AgreementCommand, AgreementResponse> {

    private final AgreementQueries queries;
    private final StateDirectory states;

    AgreementApiController(AgreementQueries queries, AgreementService agreements, StateDirectory states) {
        super(agreements, "agreement");
        this.queries = queries;
        this.states = states;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<AgreementResponse> list(AgreementPageParameters parameters) {
        AgreementPageParameters.Parsed query = parameters.parse(states::exists);
        Long total = query.count() ? queries.count(query.filter()) : null;
        if (query.updatedSince() != null) {
            return PageResponse.ofChanges(queries.changesSince(query.filter(), query.updatedSince(), query.afterChange(),
                    query.limit()).map(change -> change.map(AgreementResponse::from)), query.limit(), total);
        }
        return PageResponse.of(queries.page(query.filter(), query.order(), query.after(), query.limit())
                .map(AgreementResponse::from), query.limit(), total);
    }

    @Override
    protected AgreementResponse read(long id) {
        return AgreementResponse.from(queries.live(id));
    }
}
