package org.chancery.person;

import java.util.Optional;

import org.chancery.common.ExpectedVersion;
import org.chancery.event.NewPersons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons the event form creates, through {@link PersonService} and {@link OfficeService} as
 * any other (so each write is checked and logged): the person, then their term in the office
 * of that state with that title (in either language, case aside) when the record has one, or
 * in a new office.
 */
@Component
@Transactional
class NewEventPersons implements NewPersons {

    private final PersonService persons;
    private final OfficeService offices;
    private final OfficeQueries officeQueries;
    private final JdbcClient jdbc;

    NewEventPersons(PersonService persons, OfficeService offices, OfficeQueries officeQueries, JdbcClient jdbc) {
        this.persons = persons;
        this.offices = offices;
        this.officeQueries = officeQueries;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownOffice> office(String typed) {
        return officeQueries.named(typed).map(office -> new KnownOffice(office.title(), office.stateCode(),
                office.institutionId(), office.institution() == null ? null : office.institution().en()));
    }

    @Override
    public long create(NewPerson person) {
        long id = persons.create(new PersonCommand(person.name())).savedId();
        HeldOffice held = person.office();
        if (held != null) {
            OfficeCommand office = new OfficeCommand(held.title(), held.state(), held.institutionId());
            TermCommand term = TermCommand.of(id, held.since(), null);
            Optional<OfficeVersion> existing = existing(office);
            if (existing.isPresent()) {
                offices.appoint(existing.get().id(), ExpectedVersion.of(existing.get().version()), term);
            } else {
                offices.createWithTerm(office, term);
            }
        }
        return id;
    }

    private Optional<OfficeVersion> existing(OfficeCommand office) {
        return jdbc.sql("""
                        select id, version from office
                         where state_code = :state
                           and (lower(title_en) = lower(:en) or lower(title_ru) = lower(:ru))
                         order by id limit 1""")
                .param("state", office.state()).param("en", office.title().en().strip())
                .param("ru", office.title().ru().strip())
                .query((row, n) -> new OfficeVersion(row.getLong("id"), row.getLong("version")))
                .optional();
    }

    private record OfficeVersion(long id, long version) {
    }
}
