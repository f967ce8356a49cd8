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
 * Seed article 003 drafted against a record that holds the states, Tokayev and the offices but
 * none of the persons the article introduces (Saar, Kosherbayev, Herzog): they are proposed as
 * new participants with their offices, and the talks are the visit's.
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
                    new RecordOffice("President of Israel", "Президент Израиля", "IL", null, null));
        }

        @Override
        public Set<String> participations() {
            return Set.of();
        }
    }

    private static ArticleDrafts drafts() throws Exception {
        String text = SeedArticles.read("003_286ccc2045c21454.txt");
        return new ArticleDrafter(new Names()).draft(new Article(text, "", "", LocalDate.of(2026, 1, 27), "ru", ""));
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
}
