package org.chancery.event;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** An event and everything around it, written and read back through JPA in a transaction that is rolled back. */
@ChanceryIntegrationTest
@Transactional
class EventPersistenceTests {

    @Autowired Events events;
    @Autowired EntityManager entityManager;
    @Autowired JdbcClient jdbc;

    @Test
    void anEventKeepsEverythingAroundItAndItsPrecision() {
        ShippedRecord record = new ShippedRecord(jdbc);
        long trend = record.trendInterview();
        long article = record.source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27));
        long tokayev = record.person("Kassym-Jomart Tokayev");
        long ministry = record.institution("Ministry of Foreign Affairs of Kazakhstan");
        Event visit = new Event(EventKind.VISIT, EventStatus.PLANNED, "Return visit", "Ответный визит",
                UncertainDate.month(2026, 3).approximately(), new Citation(trend, "В 2026 году ожидаются активные официальные визиты"));
        visit.involve("KZ", StateSide.GUEST);
        visit.involve("IL", StateSide.HOST);
        visit.addParticipant(tokayev, ParticipantRole.GUEST);
        visit.addInstitution(ministry, InstitutionRole.ORGANIZER);
        visit.tag("water");
        visit.describeVisit(VisitLevel.HEAD_OF_STATE, VisitKind.OFFICIAL);
        visit.cite(new Citation(article, "Визит главы МИД Израиля"));

        Long id = events.save(visit).getId();
        entityManager.flush();
        entityManager.clear();
        Event reloaded = events.findById(id).orElseThrow();

        assertThat(reloaded.getDate().toEdtf()).isEqualTo("2026-03~");
        assertThat(reloaded.getStates()).containsExactlyInAnyOrder(new EventState("KZ", StateSide.GUEST),
                new EventState("IL", StateSide.HOST));
        assertThat(reloaded.getParticipants()).containsExactly(new EventParticipant(tokayev, ParticipantRole.GUEST));
        assertThat(reloaded.getInstitutions()).containsExactly(new EventInstitution(ministry, InstitutionRole.ORGANIZER));
        assertThat(reloaded.getTopics()).containsExactly("water");
        assertThat(reloaded.getCitations()).extracting(Citation::sourceId).containsExactlyInAnyOrder(article, trend);
        assertThat(reloaded.getVisitLevel()).isEqualTo(VisitLevel.HEAD_OF_STATE);
        assertThat(reloaded.getVersion()).isZero();
        assertThat(reloaded.getCreatedAt()).isNotNull();
    }
}
