package org.chancery.person.api;

import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.query.NamePosition;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.person.Person;
import org.chancery.person.PersonCommand;
import org.chancery.person.PersonFilter;
import org.chancery.person.PersonQueries;
import org.chancery.person.PersonService;
import org.chancery.state.StateDirectory;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/persons}: the people in the record, each with the offices they held. The
 * offices and terms themselves are written under {@code /api/v1/offices}.
 */
@ApiController("/api/v1/persons")
class PersonApiController extends AuditedRecordController<Person, PersonCommand, PersonResponse> {

    private final PersonQueries queries;
    private final StateDirectory states;

    PersonApiController(PersonService persons, PersonQueries queries, StateDirectory states) {
        super(persons, "person");
        this.queries = queries;
        this.states = states;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<PersonResponse> list(PersonListParameters parameters) {
        ListParameters read = new ListParameters();
        PersonFilter filter = parameters.filter(read, states::exists);
        Paging<NamePosition> paging = read.paging(parameters, NamePosition.ORDER, NamePosition::from);
        read.check();
        return paging.answer(queries, filter, PersonResponse::from);
    }

    @Override
    protected PersonResponse read(long id) {
        return PersonResponse.from(queries.entry(id));
    }
}
