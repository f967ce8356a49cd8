package org.chancery.person;

import java.time.Clock;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.MergePatch;
import org.chancery.common.References;
import org.chancery.common.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Writes persons: checked, compared against the version they were made on, logged, in one
 * transaction. A person whom live events name, or who holds office terms, is not deleted.
 */
@Service
@Transactional
public class PersonService extends AuditedRecordService<Person, PersonCommand> {

    static final String RESOURCE = "persons";

    private final JdbcClient jdbc;

    PersonService(Persons persons, ChangeLog changeLog, MergePatch mergePatch, JdbcClient jdbc, Clock clock) {
        super(new AuditedRecords<>(RESOURCE, "person", persons::findById, persons::saveAndFlush,
                PersonCommand::from, changeLog, clock), mergePatch, PersonCommand.class);
        this.jdbc = jdbc;
    }

    @Override
    public Person create(PersonCommand command) {
        return records().create(new Person(command.name().en(), command.name().ru()));
    }

    @Override
    public Person replace(long id, ExpectedVersion expected, PersonCommand command) {
        return records().update(id, expected, person -> person.rename(command.name().en(), command.name().ru()));
    }

    /** @throws RuleViolationException while live events name the person or they hold office terms */
    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Person person = records().live(id, expected);
        jdbc.sql("""
                select (select count(*) from event_participant ep join event e on e.id = ep.event_id
                         where ep.person_id = :id and e.deleted_at is null) as events,
                       (select count(*) from office_term t where t.person_id = :id) as terms""")
                .param("id", id)
                .query((row, number) -> new References().count(row.getLong("events"), "event", "events")
                        .count(row.getLong("terms"), "office term", "office terms"))
                .single()
                .refuseDeletion("person-in-use", "This person appears in",
                        "take them out of those events and withdraw those terms first.");
        records().delete(person, reason);
    }
}
