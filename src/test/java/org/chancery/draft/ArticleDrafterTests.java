package org.chancery.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chancery.draft.ArticleDrafts.DraftNewPerson;
import org.chancery.draft.ArticleDrafts.EventDraft;
import org.chancery.draft.KnownName.Kind;
import org.chancery.draft.RecordNames.RecordOffice;
import org.chancery.event.EventKind;
import org.chancery.event.ParticipantRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed articles 003 and 000 drafted against a record that holds the states, Tokayev, the
 * offices and the Knesset but none of the persons the articles introduce (Saar, Kosherbayev,
 * Herzog; Netanyahu, Ohana): they are proposed as new participants with their offices; the
 * talks are the visit's, and the call that 000 reports twice is one call.
 */
class ArticleDrafterTests {

    /** The names such a record holds, without a database. */
    private static final class Names extends RecordNames {

        Names() {
            super(null);
        }

        @Override
        public List<KnownName> all() {
            return List.of(new KnownName(Kind.STATE, "KZ", "KZ", "Kazakhstan"), new KnownName(Kind.STATE, "KZ", "KZ", "Казахстан"),
                    new KnownName(Kind.STATE, "IL", "IL", "Israel"), new KnownName(Kind.STATE, "IL", "IL", "Израиль"),
                    new KnownName(Kind.STATE, "AZ", "AZ", "Azerbaijan"), new KnownName(Kind.STATE, "AZ", "AZ", "Азербайджан"),
                    new KnownName(Kind.PLACE, "Astana|Астана", "KZ", "Астана"),
                    new KnownName(Kind.PERSON, "1", "KZ", "Касым-Жомарт Токаев"),
                    new KnownName(Kind.PERSON, "1", "KZ", "Kassym-Jomart Tokayev"),
                    new KnownName(Kind.OFFICE, "1", "KZ", "Президент Казахстана"),
                    new KnownName(Kind.INSTITUTION, "1", "KZ", "Министерство иностранных дел Казахстана"),
                    new KnownName(Kind.INSTITUTION, "2", "IL", "Министерство иностранных дел Израиля"),
                    new KnownName(Kind.INSTITUTION, "3", "IL", "Кнессет"),
                    new KnownName(Kind.AGREEMENT, "1", null, "Соглашения Авраама"),
                    new KnownName(Kind.TOPIC, "water", null, "Водные ресурсы"),
                    new KnownName(Kind.TOPIC, "agriculture", null, "Сельское хозяйство"),
                    new KnownName(Kind.TOPIC, "ai", null, "Искусственный интеллект"),
                    new KnownName(Kind.TOPIC, "security", null, "Безопасность"),
                    new KnownName(Kind.TOPIC, "visas", null, "Визы"));
        }

        @Override
        public List<RecordOffice> offices() {
            return List.of(
                    new RecordOffice("Minister of Foreign Affairs of Israel", "Министр иностранных дел Израиля", "IL", 2L,
                            "Ministry of Foreign Affairs of Israel"),
                    new RecordOffice("Minister of Foreign Affairs of Kazakhstan", "Министр иностранных дел Казахстана", "KZ", 1L,
                            "Ministry of Foreign Affairs of Kazakhstan"),
                    new RecordOffice("President of Israel", "Президент Израиля", "IL", null, null),
                    new RecordOffice("Prime Minister of Israel", "Премьер-министр Израиля", "IL", null, null),
                    new RecordOffice("Speaker of the Knesset", "Председатель Кнессета", "IL", 3L, "Knesset"));
        }

        @Override
        public Set<String> participations() {
            return Set.of();
        }
    }

    private static ArticleDrafts drafts() throws Exception {
        return drafts("003_286ccc2045c21454.txt", LocalDate.of(2026, 1, 27));
    }

    private static ArticleDrafts drafts(String article, LocalDate published) throws Exception {
        return new ArticleDrafter(new Names()).draft(new Article(SeedArticles.read(article), "", "", published, "ru", ""));
    }

    private static EventDraft drafted(ArticleDrafts drafts, String sentence) {
        return drafts.events().stream().filter(event -> event.passage().startsWith(sentence)).findFirst().orElseThrow();
    }

    @Test
    void theVisitProposesThePersonsTheRecordLacksWithTheirOfficesAndTheTalksPersons() throws Exception {
        ArticleDrafts drafts = drafts();
        EventDraft visit = drafted(drafts, "Визит главы МИД Израиля Гидеона Саара в Астану");
        assertThat(visit.newPersons()).extracting(DraftNewPerson::nameRu, DraftNewPerson::nameEn, DraftNewPerson::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Гидеон Саар", "Gideon Saar", ParticipantRole.GUEST),
                        org.assertj.core.groups.Tuple.tuple("Ермек Кошербаев", "Yermek Kosherbayev", ParticipantRole.HOST));
        assertThat(visit.newPersons().get(1).office().titleEn()).isEqualTo("Minister of Foreign Affairs of Kazakhstan");
        assertThat(visit.newPersons().get(1).office().institutionId()).isEqualTo(1L);
        assertThat(visit.participants()).singleElement()
                .satisfies(tokayev -> assertThat(tokayev.role()).isEqualTo(ParticipantRole.HOST));
        assertThat(visit.topics()).contains("security").doesNotContain("visas");
        // The talks are the visit's: no meeting of Israel and Kazakhstan is proposed besides it.
        assertThat(drafts.events()).noneMatch(event -> event.kind() == EventKind.MEETING
                && Set.copyOf(event.stateCodes()).equals(Set.of("IL", "KZ")) && event.passage().startsWith("Переговоры"));
    }

    @Test
    void theTelegramProposesItsAddresseeAsTheRecipientAndItsSenderAsTheInitiator() throws Exception {
        EventDraft telegram = drafted(drafts(), "Президент Казахстана по случаю дня памяти");
        assertThat(telegram.newPersons()).singleElement().satisfies(herzog -> {
            assertThat(herzog.nameRu()).isEqualTo("Ицхак Герцог");
            // «израильскому коллеге» names no office: none is proposed, as the record holds none for him.
            assertThat(herzog.office()).isNull();
            assertThat(herzog.role()).isEqualTo(ParticipantRole.RECIPIENT);
        });
        assertThat(telegram.participants()).singleElement()
                .satisfies(tokayev -> assertThat(tokayev.role()).isEqualTo(ParticipantRole.INITIATOR));
    }

    @Test
    void theCallArticle000ReportsTwiceIsOneCallPlacedByIsraelWithNetanyahuNamedInTheSentenceBefore() throws Exception {
        ArticleDrafts drafts = drafts("000_fb7f7bb9476d6df7.txt", LocalDate.of(2026, 1, 11));
        assertThat(drafts.events()).filteredOn(event -> event.kind() == EventKind.CALL).singleElement().satisfies(call -> {
            assertThat(call.passage()).startsWith("Об этом представитель Израиля заявил в ходе телефонного разговора");
            // «недавнего телефонного разговора», the second report, gives the day: the two months before publication.
            assertThat(call.date().toEdtf()).isEqualTo("2025-11-01/2026-01-11");
            assertThat(call.states()).extracting(s -> s.code() + ":" + s.side()).containsExactly("IL:INITIATOR", "KZ:RECIPIENT");
            assertThat(call.agreementId()).isEqualTo(1L);
            assertThat(call.participants()).singleElement()
                    .satisfies(tokayev -> assertThat(tokayev.role()).isEqualTo(ParticipantRole.RECIPIENT));
            // «Премьер-министр Израиля выразил …» names the office, «Биньямин Нетаньяху назвал …» the next sentence its holder;
            // «Об этом …» refers back to both.
            assertThat(call.newPersons()).singleElement().satisfies(netanyahu -> {
                assertThat(netanyahu.nameRu()).isEqualTo("Биньямин Нетаньяху");
                assertThat(netanyahu.office().titleEn()).isEqualTo("Prime Minister of Israel");
                assertThat(netanyahu.role()).isEqualTo(ParticipantRole.INITIATOR);
            });
        });
    }

    @Test
    void theMeetingWithOhanaProposesHimWithTheRecordsOfficeAndNoHostForTechnologiesDevelopedInIsrael() throws Exception {
        EventDraft meeting = drafted(drafts("000_fb7f7bb9476d6df7.txt", LocalDate.of(2026, 1, 11)), "Неслучайно в апреле прошлого года");
        assertThat(meeting.kind()).isEqualTo(EventKind.MEETING);
        assertThat(meeting.date().toEdtf()).isEqualTo("2025-04");
        assertThat(meeting.states()).extracting(s -> s.code() + ":" + s.side()).containsExactlyInAnyOrder("IL:PARTICIPANT", "KZ:PARTICIPANT");
        assertThat(meeting.newPersons()).singleElement().satisfies(ohana -> {
            assertThat(ohana.nameRu()).isEqualTo("Амир Охана");
            assertThat(ohana.office().titleEn()).isEqualTo("Speaker of the Knesset");
            assertThat(ohana.office().institutionId()).isEqualTo(3L);
            assertThat(ohana.role()).isEqualTo(ParticipantRole.PARTICIPANT);
        });
        assertThat(meeting.participants()).singleElement()
                .satisfies(tokayev -> assertThat(tokayev.role()).isEqualTo(ParticipantRole.PARTICIPANT));
        assertThat(meeting.institutions()).extracting(ArticleDrafts.DraftInstitution::institutionId).containsExactly(3L);
    }
}
