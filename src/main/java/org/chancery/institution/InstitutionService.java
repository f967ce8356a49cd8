package org.chancery.institution;

import java.time.Clock;
import java.util.List;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.KnownRecords;
import org.chancery.common.MergePatch;
import org.chancery.common.References;
import org.chancery.common.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Writes institutions: checked, compared against the version they were made on, logged, in
 * one transaction. An institution that live events name, or that offices belong to, is not
 * deleted.
 */
@Service
@Transactional
public class InstitutionService extends AuditedRecordService<Institution, InstitutionCommand> {

    static final String RESOURCE = "institutions";

    private final KnownRecords known;
    private final JdbcClient jdbc;

    InstitutionService(Institutions institutions, KnownRecords known, ChangeLog changeLog, MergePatch mergePatch,
            JdbcClient jdbc, Clock clock) {
        super(new AuditedRecords<>(RESOURCE, "institution", institutions::findById, institutions::saveAndFlush,
                InstitutionCommand::from, changeLog, clock), mergePatch, InstitutionCommand.class);
        this.known = known;
        this.jdbc = jdbc;
    }

    @Override
    public Institution create(InstitutionCommand command) {
        checkState(command);
        return records().create(new Institution(command.name().en(), command.name().ru(), command.state(), command.kind()));
    }

    @Override
    public Institution replace(long id, ExpectedVersion expected, InstitutionCommand command) {
        return records().update(id, expected, institution -> {
            checkState(command);
            institution.revise(command.name().en(), command.name().ru(), command.state(), command.kind());
        });
    }

    /** @throws RuleViolationException while live events name the institution or offices belong to it */
    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Institution institution = records().live(id, expected);
        jdbc.sql("""
                select (select count(*) from event_institution ei join event e on e.id = ei.event_id
                         where ei.institution_id = :id and e.deleted_at is null) as events,
                       (select count(*) from office o where o.institution_id = :id) as offices""")
                .param("id", id)
                .query((row, number) -> new References().count(row.getLong("events"), "event", "events")
                        .count(row.getLong("offices"), "office", "offices"))
                .single()
                .refuseDeletion("institution-in-use", "This institution is named by",
                        "name another institution there (or delete those records) first.");
        records().delete(institution, reason);
    }

    private void checkState(InstitutionCommand command) {
        if (command.state() != null && !known.unknownStates(List.of(command.state())).isEmpty()) {
            throw InvalidRequestException.of("state", "no state has this ISO code");
        }
    }
}
