package org.chancery.event;

import jakarta.persistence.EntityManager;

import org.chancery.RecordSliceTest;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@RecordSliceTest
class EventPersistenceTests {

    @Autowired Events events;
    @Autowired EntityManager entityManager;

    @Test
    void anEventKeepsEverythingAroundItAndItsPrecision() {
        Event visit = new Event(EventKind.VISIT, EventStatus.PLANNED, "Return visit", "Ответный визит",
                UncertainDate.month(2026, 3).approximately(), new Citation(5L, "В 2026 году ожидаются активные официальные визиты"));
        visit.involve("KZ", StateSide.GUEST);
        visit.involve("IL", StateSide.HOST);
        visit.addParticipant(1L, ParticipantRole.GUEST);
        visit.addInstitution(1L, InstitutionRole.ORGANIZER);
        visit.tag("water");
        visit.describeVisit(VisitLevel.HEAD_OF_STATE, VisitKind.OFFICIAL);
        visit.cite(new Citation(4L, "Визит главы МИД Израиля"));

        Long id = events.save(visit).getId();
        entityManager.flush();
        entityManager.clear();
        Event reloaded = events.findById(id).orElseThrow();

        assertThat(reloaded.getDate().toEdtf()).isEqualTo("2026-03~");
        assertThat(reloaded.getStates()).containsExactlyInAnyOrder(new EventState("KZ", StateSide.GUEST),
                new EventState("IL", StateSide.HOST));
        assertThat(reloaded.getParticipants()).containsExactly(new EventParticipant(1L, ParticipantRole.GUEST));
        assertThat(reloaded.getInstitutions()).containsExactly(new EventInstitution(1L, InstitutionRole.ORGANIZER));
        assertThat(reloaded.getTopics()).containsExactly("water");
        assertThat(reloaded.getCitations()).extracting(Citation::sourceId).containsExactlyInAnyOrder(4L, 5L);
        assertThat(reloaded.getVisitLevel()).isEqualTo(VisitLevel.HEAD_OF_STATE);
        assertThat(reloaded.getVersion()).isZero();
        assertThat(reloaded.getCreatedAt()).isNotNull();
    }
}
