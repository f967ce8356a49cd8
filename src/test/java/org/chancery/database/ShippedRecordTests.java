package org.chancery.database;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chancery.RecordSliceTest;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
import org.chancery.agreement.Agreement;
import org.chancery.agreement.Agreements;
import org.chancery.agreement.Participation;
import org.chancery.agreement.ParticipationRole;
import org.chancery.agreement.Step;
import org.chancery.economy.EconomicFigure;
import org.chancery.economy.EconomicFigures;
import org.chancery.economy.Indicator;
import org.chancery.economy.Qualifier;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.event.EventState;
import org.chancery.event.EventStatus;
import org.chancery.event.Events;
import org.chancery.event.StateSide;
import org.chancery.institution.Institution;
import org.chancery.institution.Institutions;
import org.chancery.person.Office;
import org.chancery.person.Offices;
import org.chancery.person.Person;
import org.chancery.person.Persons;
import org.chancery.source.Source;
import org.chancery.source.Sources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The record of the five seed articles, as an analyst will look for it: one test per kind of fact. */
@SlowTest
@RecordSliceTest
class ShippedRecordTests {

    @Autowired Events events;
    @Autowired Agreements agreements;
    @Autowired EconomicFigures figures;
    @Autowired Persons persons;
    @Autowired Offices offices;
    @Autowired Institutions institutions;
    @Autowired Sources sources;
    @Autowired JdbcClient jdbc;

    @Test
    void eachArticleIsASourceWithOutletDateAndLanguage() {
        List<Source> all = sources.findAllByOrderByPublishedOnDescIdDesc();

        assertThat(all).hasSize(5).allSatisfy(source -> {
            assertThat(source.getLanguage()).isEqualTo("ru");
            assertThat(source.getPublishedOn()).isNotNull();
        });
        assertThat(all).filteredOn(source -> source.getUrl() != null).singleElement().satisfies(source -> {
            assertThat(source.getUrl()).isEqualTo("https://centrasia.org/newsA.php?st=1769600100");
            assertThat(source.getAuthor()).isEqualTo("Виктория Панфилова");
        });
        assertThat(all).extracting(Source::getOutlet).contains("Kazpravda.kz", "Trend");
    }

    @Test
    void theForeignMinistersVisitToAstanaIsDatedToTheDayWithItsSource() {
        Event visit = only(EventKind.VISIT, "Gideon Saar visits Astana");

        assertThat(visit.getDate().toEdtf()).isEqualTo("2026-01-27");
        assertThat(visit.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(visit.getStates()).containsExactlyInAnyOrder(new EventState("KZ", StateSide.HOST),
                new EventState("IL", StateSide.GUEST));
        assertThat(visit.getParticipants()).hasSize(3);
        assertThat(visit.getCitations()).singleElement().satisfies(citation -> {
            assertThat(citation.sourceId())
                    .isEqualTo(record().source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27)));
            assertThat(citation.quotedPassage()).contains("Визит главы МИД Израиля Гидеона Саара в Астану 27 января");
        });
        assertThat(visit.getTitleRu()).isNotBlank();
    }

    @Test
    void theCallKeepsItsUncertainDateAndInitiator() {
        Event call = only(EventKind.CALL, "Netanyahu");

        // "recent" in the article of 11 January 2026, thanking for the decision of November 2025
        assertThat(call.getDate().toEdtf()).isEqualTo("2025-11-01/2026-01-11");
        assertThat(call.getCallInitiatorCode()).isEqualTo("IL");
        assertThat(call.getCitations()).singleElement()
                .satisfies(citation -> assertThat(citation.quotedPassage()).contains("недавнего телефонного разговора"));
    }

    @Test
    void aHappenedEventNeverRunsPastTheDayItsLatestSourceWasPublished() {
        List<String> runningPast = jdbc.sql("""
                select e.title_en from event e
                where e.status = 'HAPPENED' and e.date_latest > (
                    select max(s.published_on) from event_source es join source s on s.id = es.source_id
                    where es.event_id = e.id)
                """).query(String.class).list();

        assertThat(runningPast).isEmpty();
    }

    @Test
    void eachEventCitesOnlyArticlesThatReportIt() {
        Event summit = only(EventKind.FORUM, "Central Asia – USA summit");

        // Lada.kz reports the visit, not the summit
        assertThat(summit.getCitations()).extracting(citation -> citation.sourceId()).containsExactly(kazpravda());
        assertThat(summit.getDate().toEdtf()).isEqualTo("2025-11-05/2025-11-06");
        // the announcement cites the foreign ministry's statement of 7 November 2025 as well
        assertThat(only(EventKind.AGREEMENT_STEP, "announces its decision").getCitations())
                .extracting(citation -> citation.sourceId())
                .containsExactlyInAnyOrder(record().source("Trend", LocalDate.of(2026, 2, 17)), kazpravda(), ladaKz());
    }

    @Test
    void theAstanaForumIsPlacedInTheMinistryWhichIsNotMadeItsOrganiser() {
        Event forum = only(EventKind.FORUM, "Kazakh–Israeli business forum");

        assertThat(forum.getInstitutions()).isEmpty();
        assertThat(forum.getPlaceEn()).isEqualTo("Astana, Ministry of Foreign Affairs of Kazakhstan");
        assertThat(forum.getDate().toEdtf()).isEqualTo("2026-01-27");
        assertThat(only(EventKind.FORUM, "business forum in Baku").getDate().toEdtf()).isEqualTo("2026-01-26");
    }

    @Test
    void namesAndOfficesAreOnlyWhatTheArticlesSay() {
        long directorate = record().institution("Cybersecurity Directorate");
        assertThat(institutions.findById(directorate)).hasValueSatisfying(institution -> {
            assertThat(institution.getNameRu()).isEqualTo("Управление кибербезопасности");
        });
        // "израильскому коллеге Ицхаку Герцогу" names no office
        assertThat(jdbc.sql("select title_en from office").query(String.class).list()).doesNotContain("President of Israel");
        assertThat(jdbc.sql("select count(*) from office_term where person_id = :herzog")
                .param("herzog", record().person("Isaac Herzog")).query(Long.class).single()).isZero();
    }

    @Test
    void eachCorrectionIsInTheHistoryWithItsReason() {
        List<String> reasons = jdbc.sql("""
                select resource || '/' || record_key || ' ' || actor || ' ' || version || ': ' || reason
                from change_log where reason like 'Record checked against the articles%' order by resource, record_key::bigint
                """).query(String.class).list();

        long phoneCall = record().event("Phone call between Prime Minister Netanyahu and President Tokayev");
        assertThat(reasons).hasSize(10).contains(
                "events/" + phoneCall + " system 1: Record checked against the articles: the article of 11 January 2026 calls the call recent; "
                        + "a date it reports as past cannot run past its publication day.");
        assertThat(events.findById(phoneCall)).hasValueSatisfying(call -> assertThat(call.getVersion()).isEqualTo(1));
    }

    @Test
    void theWaterMemorandumNamesItsSignatoryMinistries() {
        Event memorandum = only(EventKind.MEMORANDUM, "Water Resources");

        assertThat(memorandum.getDate().toEdtf()).isEqualTo("2025-11");
        assertThat(memorandum.getInstitutions()).hasSize(2);
        assertThat(memorandum.getTopics()).contains("water");
    }

    @Test
    void theJointEconomicCommitteeIsPlannedForSummerOrEarlyAutumn() {
        Event meeting = only(EventKind.MEETING, "Joint Economic Committee");

        assertThat(meeting.getStatus()).isEqualTo(EventStatus.PLANNED);
        // summer to early autumn: June to September, not to the end of autumn
        assertThat(meeting.getDate().toEdtf()).isEqualTo("2026-06~/2026-09~");
        assertThat(meeting.getSummaryEn()).contains("summer or early autumn 2026");
    }

    @Test
    void kazakhstanHasAnnouncedItsAccessionButNotSigned() {
        Agreement accords = agreements.findByNameEn("Abraham Accords").orElseThrow();
        Participation kazakhstan = accords.participationOf("KZ").orElseThrow();

        assertThat(kazakhstan.stage()).contains(Step.ANNOUNCED);
        assertThat(kazakhstan.getSteps()).singleElement().satisfies(step -> {
            assertThat(step.getDate().toEdtf()).isEqualTo("2025-11");
            assertThat(step.getCitation().sourceId()).isEqualTo(ladaKz());
            assertThat(step.getCitation().quotedPassage()).contains("Документ опубликован 7 ноября 2025 года");
        });
    }

    @Test
    void theAbrahamAccordsPartiesStandAtTheirOwnStages() {
        Agreement accords = agreements.findByNameEn("Abraham Accords").orElseThrow();

        for (String signatory : List.of("IL", "AE", "BH", "MA")) {
            assertThat(accords.participationOf(signatory).flatMap(Participation::stage)).as(signatory).contains(Step.SIGNED);
        }
        // the article dates the Accords, not Sudan's start of normalisation: no step is dated
        assertThat(accords.participationOf("SD").orElseThrow().getSteps()).isEmpty();
        assertThat(accords.participationOf("US").orElseThrow().getRole()).isEqualTo(ParticipationRole.FACILITATOR);
        assertThat(accords.isMultilateral()).isTrue();
    }

    @Test
    void tradeAndInvestmentFiguresKeepTheirQualifiersAndSources() {
        List<EconomicFigure> kazakhstanIsrael = figures.findBetween("IL", "KZ");

        assertThat(kazakhstanIsrael).anySatisfy(figure -> {
            assertThat(figure.getIndicator()).isEqualTo(Indicator.TRADE_TURNOVER);
            assertThat(figure.getPeriod().toEdtf()).isEqualTo("2025");
            assertThat(figure.getMoney().amount()).isEqualByComparingTo("162000000");
            assertThat(figure.getMoney().currency()).isEqualTo("USD");
            assertThat(figure.getQualifier()).isEqualTo(Qualifier.EXACT);
            assertThat(figure.getCitation().quotedPassage()).contains("162 млн долл.");
        });
        assertThat(kazakhstanIsrael).anySatisfy(figure -> {
            assertThat(figure.getIndicator()).isEqualTo(Indicator.INVESTMENT_STOCK);
            assertThat(figure.getMoney().amount()).isEqualByComparingTo("1500000000");
            assertThat(figure.getPeriod().approximate()).isTrue();
        });
        assertThat(figures.findBetween("AZ", "IL")).singleElement().satisfies(figure -> {
            assertThat(figure.getQualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(figure.getMoney().amount()).isEqualByComparingTo("360000000");
            assertThat(figure.getChangePercent()).isEqualByComparingTo(new BigDecimal("50"));
            assertThat(figure.getChangeQualifier()).isEqualTo(Qualifier.ABOUT);
        });
        assertThat(figures.findBetween("KZ", "US")).singleElement()
                .satisfies(figure -> assertThat(figure.getIndicator()).isEqualTo(Indicator.DEALS_SIGNED));
    }

    @Test
    void personsHoldTheOfficesTheArticlesGiveThem() {
        Person saar = persons.findByNameEn("Gideon Saar").orElseThrow();

        assertThat(offices.findHeldBy(saar.getId())).extracting(Office::getTitleEn)
                .containsExactly("Minister of Foreign Affairs of Israel");
        assertThat(persons.findByNameEn("Kassym-Jomart Tokayev")).isPresent();
    }

    @Test
    void theMinistriesThatSignedAreInstitutionsOfTheirStates() {
        assertThat(institutions.findByStateCodeOrderByNameEn("KZ")).extracting(Institution::getNameEn)
                .contains("Ministry of Water Resources and Irrigation of Kazakhstan");
        assertThat(institutions.findByStateCodeOrderByNameEn("IL")).extracting(Institution::getNameEn)
                .contains("Ministry of Regional Cooperation of Israel");
    }

    @Test
    void everyEventStepAndFigureCitesASourceThatExists() {
        long eventsWithoutSource = jdbc.sql("""
                select count(*) from event e where not exists (select 1 from event_source s where s.event_id = e.id)""")
                .query(Long.class).single();
        long danglingCitations = jdbc.sql("""
                select count(*) from event_source s where not exists (select 1 from source so where so.id = s.source_id)""")
                .query(Long.class).single();

        assertThat(eventsWithoutSource).isZero();
        assertThat(danglingCitations).isZero();
        assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isGreaterThanOrEqualTo(20);
    }

    private Event only(EventKind kind, String titleContains) {
        List<Event> matching = events.findByKind(kind).stream()
                .filter(event -> event.getTitleEn() != null && event.getTitleEn().contains(titleContains))
                .toList();
        assertThat(matching).as(kind + " titled like '" + titleContains + "'").hasSize(1);
        return matching.getFirst();
    }

    private ShippedRecord record() {
        return new ShippedRecord(jdbc);
    }

    private long kazpravda() {
        return record().source("Kazpravda.kz", LocalDate.of(2025, 11, 7));
    }

    private long ladaKz() {
        return record().source("Lada.kz", LocalDate.of(2025, 11, 7));
    }
}
