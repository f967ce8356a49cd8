package org.chancery.institution;

import java.util.Arrays;
import java.util.List;

import org.chancery.event.NewInstitutions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Institutions the event form creates, through {@link InstitutionService} as any other. */
@Component
@Transactional
class NewEventInstitutions implements NewInstitutions {

    private final InstitutionService institutions;

    NewEventInstitutions(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @Override
    public List<String> kinds() {
        return Arrays.stream(InstitutionKind.values()).map(Enum::name).toList();
    }

    @Override
    public long create(NewInstitution institution) {
        return institutions.create(new InstitutionCommand(institution.name(), institution.state(),
                InstitutionKind.valueOf(institution.kind()))).savedId();
    }
}
