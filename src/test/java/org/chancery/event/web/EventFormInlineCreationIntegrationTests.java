package org.chancery.event.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.FormPosts;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event form creating what the record does not hold yet, without leaving it: a person with
 * the office they held on the event's day, an institution, a source; all saved with the event
 * or nothing at all.
 */
@ChanceryIntegrationTest
class EventFormInlineCreationIntegrationTests {

    private static final String TITLE = "Inline test: Kazakhstan's water minister meets Gideon Saar";
    private static final String PERSON = "Inline Test Nurzhan Water";
    private static final String OFFICE = "Inline Test Minister of Water of Kazakhstan";
    private static final String INSTITUTION = "Inline Test Ministry of Water of Kazakhstan";
    private static final String SOURCE = "Inline test: the water minister meets Saar";
    private static final RequestPostProcessor EDITOR = user("inline-editor").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeWhatTheFormWrote() {
        removeLike("event", "title_en", "Inline test:%", "events");
        jdbc.sql("delete from office_term where office_id in (select id from office where title_en like 'Inline Test%')"
                + " or person_id in (select id from person where name_en like 'Inline Test%')").update();
        removeLike("office", "title_en", "Inline Test%", "offices");
        removeLike("person", "name_en", "Inline Test%", "persons");
        removeLike("institution", "name_en", "Inline Test%", "institutions");
        removeLike("source", "title", "Inline test:%", "sources");
    }

    private void removeLike(String table, String column, String pattern, String resource) {
        List<String> ids = jdbc.sql("select id::text from " + table + " where " + column + " like :pattern")
                .param("pattern", pattern).query(String.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("delete from change_log where resource = :resource and record_key in (:ids)")
                    .param("resource", resource).param("ids", ids).update();
            jdbc.sql("delete from " + table + " where id::text in (:ids)").param("ids", ids).update();
        }
    }

    /** A meeting in Astana of Gideon Saar and a minister the record does not hold, with a new source. */
    private static MockHttpServletRequestBuilder meeting(Map<String, String> changed) {
        return meeting("/events", changed);
    }

    private static MockHttpServletRequestBuilder meeting(String address, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "VISIT");
        fields.put("status", "HAPPENED");
        fields.put("titleEn", TITLE);
        fields.put("date", "2019-06");
        fields.put("states[0].state", "KZ");
        fields.put("states[0].side", "HOST");
        fields.put("states[1].state", "IL");
        fields.put("states[1].side", "GUEST");
        fields.put("participants[0].person", "Gideon Saar");
        fields.put("participants[0].role", "GUEST");
        fields.put("participants[1].newNameEn", PERSON);
        fields.put("participants[1].newNameRu", "Инлайн Тест Нуржан Водный");
        fields.put("participants[1].newOfficeEn", OFFICE);
        fields.put("participants[1].newOfficeRu", "Инлайн Тест министр водных ресурсов Казахстана");
        fields.put("participants[1].newOfficeState", "Kazakhstan");
        fields.put("participants[1].newSince", "2019");
        fields.put("participants[1].role", "HOST");
        fields.put("institutions[0].newNameEn", INSTITUTION);
        fields.put("institutions[0].newNameRu", "Инлайн Тест Министерство водных ресурсов Казахстана");
        fields.put("institutions[0].newState", "KZ");
        fields.put("institutions[0].newKind", "MINISTRY");
        fields.put("institutions[0].role", "ORGANIZER");
        fields.put("sources[0].newTitle", SOURCE);
        fields.put("sources[0].newOutlet", "Inline Daily");
        fields.put("sources[0].newUrl", "https://example.org/inline-water-minister");
        fields.put("sources[0].newPublishedOn", "2019-06-30");
        fields.put("sources[0].newLanguage", "en");
        fields.put("sources[0].passage", "The water minister met Gideon Saar in Astana.");
        fields.put("distinct", "true");
        fields.putAll(changed);
        return FormPosts.form(address, EDITOR, fields);
    }

    private long count(String table) {
        return count(table, "true");
    }

    private long count(String table, String condition) {
        return jdbc.sql("select count(*) from " + table + " where " + condition).query(Long.class).single();
    }

    @Test
    void aNewPersonWithTheirOfficeANewInstitutionAndANewSourceAreSavedWithTheEventAndLogged() throws Exception {
        MvcResult saved = mvc.perform(meeting(Map.of())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/events/*")).andReturn();
        long event = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/events/".length()));
        ShippedRecord record = new ShippedRecord(jdbc);
        long person = record.person(PERSON);
        long office = record.office(OFFICE);
        long institution = record.institution(INSTITUTION);

        assertThat(jdbc.sql("select role from event_participant where event_id = :e and person_id = :p")
                .param("e", event).param("p", person).query(String.class).single()).isEqualTo("HOST");
        assertThat(jdbc.sql("select role from event_institution where event_id = :e and institution_id = :i")
                .param("e", event).param("i", institution).query(String.class).single()).isEqualTo("ORGANIZER");
        assertThat(jdbc.sql("select state_code from office where id = :o").param("o", office).query(String.class).single())
                .isEqualTo("KZ");
        assertThat(jdbc.sql("select count(*) from office_term where office_id = :o and person_id = :p")
                .param("o", office).param("p", person).query(Long.class).single()).isOne();
        // every record the form created is in the change log as created by the editor who saved the form
        // (the office also as updated: its first term)
        for (Map.Entry<String, Long> created : Map.of("events", event, "persons", person, "offices", office,
                "institutions", institution).entrySet()) {
            assertThat(jdbc.sql("select count(*) from change_log where resource = :r and record_key = :k and action = 'CREATED' and actor = 'inline-editor'")
                    .param("r", created.getKey()).param("k", String.valueOf(created.getValue())).query(Long.class).single())
                    .as(created.getKey()).isOne();
        }
        mvc.perform(get("/events/" + event).with(EDITOR)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(PERSON), containsString(OFFICE), containsString(INSTITUTION))));
        mvc.perform(get("/relations/KZ/IL").with(EDITOR)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(PERSON), containsString(OFFICE))));
    }

    @Test
    void theFormListsNoSourceAndWithoutJavaScriptAFewWordsOfOneSourceCiteIt() throws Exception {
        long article = jdbc.sql("select id from source where url = 'https://centrasia.org/newsA.php?st=1769600100'")
                .query(Long.class).single();
        mvc.perform(get("/events/new").with(EDITOR)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-suggest=\"/suggest/sources\""),
                        org.hamcrest.Matchers.not(containsString("Израиль расширяет влияние в Каспийском регионе")))));
        Map<String, String> cited = new LinkedHashMap<>();
        for (String field : List.of("newTitle", "newOutlet", "newUrl", "newPublishedOn", "newLanguage")) {
            cited.put("sources[0]." + field, "");
        }
        cited.put("sources[0].source", "влияние в каспийском");
        MvcResult saved = mvc.perform(meeting(cited)).andExpect(status().is3xxRedirection()).andReturn();
        long event = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/events/".length()));

        assertThat(jdbc.sql("select source_id from event_source where event_id = :e").param("e", event).query(Long.class).single())
                .isEqualTo(article);
    }

    @Test
    void aNewSourceLeftWithoutALanguageTakesItFromItsTitlesLetters() throws Exception {
        mvc.perform(meeting(Map.of("sources[0].newLanguage", ""))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select language from source where title = :t").param("t", SOURCE).query(String.class).single())
                .isEqualTo("en");
    }

    @Test
    void aNewSourceWithARussianTitleAndNoLanguageIsRussian() throws Exception {
        String title = "Inline test: министр водных ресурсов Казахстана встретился с Гидеоном Сааром";
        mvc.perform(meeting(Map.of("sources[0].newLanguage", "", "sources[0].newTitle", title))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select language from source where title = :t").param("t", title).query(String.class).single())
                .isEqualTo("ru");
    }

    /** An office of the record nobody holds, in the Kazakh foreign ministry. */
    private long deputyForeignMinister() {
        return jdbc.sql("""
                insert into office (title_en, title_ru, state_code, institution_id)
                select :en, 'Инлайн Тест заместитель министра иностранных дел Казахстана', 'KZ', id
                  from institution where name_en = 'Ministry of Foreign Affairs of Kazakhstan' returning id""")
                .param("en", DEPUTY).query(Long.class).single();
    }

    private static final String DEPUTY = "Inline Test Deputy Minister of Foreign Affairs of Kazakhstan";

    @Test
    void withoutJavaScriptAnOfficesTitleTypedAloneIsTheRecordsOfficeWithItsStateAndInstitution() throws Exception {
        long office = deputyForeignMinister();
        long offices = count("office");
        mvc.perform(meeting(Map.of("participants[1].newOfficeEn", DEPUTY.toLowerCase(Locale.ROOT), "participants[1].newOfficeRu", "",
                "participants[1].newOfficeState", ""))).andExpect(status().is3xxRedirection());
        ShippedRecord record = new ShippedRecord(jdbc);

        assertThat(count("office")).as("no office made again").isEqualTo(offices);
        assertThat(jdbc.sql("select office_id from office_term where person_id = :p").param("p", record.person(PERSON))
                .query(Long.class).single()).isEqualTo(office);
    }

    @Test
    void withoutJavaScriptAFewWordsOfOneOfficesTitleAreThatOffice() throws Exception {
        long office = deputyForeignMinister();
        mvc.perform(meeting(Map.of("participants[1].newOfficeEn", "", "participants[1].newOfficeRu", "инлайн тест заместитель",
                "participants[1].newOfficeState", ""))).andExpect(status().is3xxRedirection());
        ShippedRecord record = new ShippedRecord(jdbc);

        assertThat(jdbc.sql("select office_id from office_term where person_id = :p").param("p", record.person(PERSON))
                .query(Long.class).single()).isEqualTo(office);
    }

    @Test
    void aNewPersonsOfficeMaySitInTheInstitutionTheSameFormCreates() throws Exception {
        mvc.perform(meeting(Map.of("participants[1].newOfficeInstitution", INSTITUTION.toUpperCase(Locale.ROOT))))
                .andExpect(status().is3xxRedirection());
        ShippedRecord record = new ShippedRecord(jdbc);

        assertThat(jdbc.sql("select institution_id from office where id = :o").param("o", record.office(OFFICE))
                .query(Long.class).single()).isEqualTo(record.institution(INSTITUTION));
        assertThat(count("institution", "name_en = '" + INSTITUTION + "'")).as("created once, not twice").isOne();
    }

    @Test
    void aNewPersonsOfficeWithoutAStateTakesItsInstitutionsWhetherTheRecordHoldsItOrTheFormCreatesIt() throws Exception {
        mvc.perform(meeting(Map.of("participants[1].newOfficeState", "", "participants[1].newOfficeInstitution", INSTITUTION)))
                .andExpect(status().is3xxRedirection());
        ShippedRecord record = new ShippedRecord(jdbc);
        assertThat(jdbc.sql("select state_code from office where id = :o").param("o", record.office(OFFICE))
                .query(String.class).single()).isEqualTo("KZ");
        removeWhatTheFormWrote();

        mvc.perform(meeting(Map.of("participants[1].newOfficeState", "",
                        "participants[1].newOfficeInstitution", "Министерство водных ресурсов и ирригации Казахстана")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state_code from office where id = :o").param("o", new ShippedRecord(jdbc).office(OFFICE))
                .query(String.class).single()).isEqualTo("KZ");
        removeWhatTheFormWrote();

        mvc.perform(meeting(Map.of("participants[1].newOfficeState", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say which state")));
    }

    @Test
    void aNewSourceForAnArticleTheRecordHoldsIsCitedNotAddedAgain() throws Exception {
        mvc.perform(meeting(Map.of())).andExpect(status().is3xxRedirection());
        long sources = count("source");
        Map<String, String> secondFact = new LinkedHashMap<>();
        secondFact.put("titleEn", "Inline test: the second fact of the same article");
        for (String field : List.of("newNameEn", "newNameRu", "newOfficeEn", "newOfficeRu", "newOfficeState", "newSince")) {
            secondFact.put("participants[1]." + field, "");
        }
        secondFact.put("participants[1].role", "");
        for (String field : List.of("newNameEn", "newNameRu", "newState", "newKind", "role")) {
            secondFact.put("institutions[0]." + field, "");
        }
        secondFact.put("sources[0].newUrl", "http://www.example.org/inline-water-minister/?utm_source=feed");
        mvc.perform(meeting(secondFact)).andExpect(status().is3xxRedirection());

        assertThat(count("source")).isEqualTo(sources);
    }

    /** The meeting's fields without the new person and institution, citing the source it added. */
    private Map<String, String> recorded(long source, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : List.of("newNameEn", "newNameRu", "newOfficeEn", "newOfficeRu", "newOfficeState", "newSince", "role")) {
            fields.put("participants[1]." + field, "");
        }
        for (String field : List.of("newNameEn", "newNameRu", "newState", "newKind", "role")) {
            fields.put("institutions[0]." + field, "");
        }
        for (String field : List.of("newTitle", "newOutlet", "newUrl", "newPublishedOn", "newLanguage")) {
            fields.put("sources[0]." + field, "");
        }
        fields.put("sources[0].source", source + " · " + SOURCE);
        fields.putAll(changed);
        return fields;
    }

    @Test
    void aPersonAddedInALateSaveStaysInTheFormUntilTheDateBothChangedIsChosenAndIsThenCreated() throws Exception {
        Map<String, String> withoutNewRecords = recorded(0, Map.of());
        withoutNewRecords.remove("sources[0].source");
        for (String field : List.of("newTitle", "newOutlet", "newUrl", "newPublishedOn", "newLanguage")) {
            withoutNewRecords.remove("sources[0]." + field);
        }
        String page = mvc.perform(meeting(withoutNewRecords)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        long event = Long.parseLong(page.substring("/events/".length()));
        long source = jdbc.sql("select source_id from event_source where event_id = :e").param("e", event)
                .query(Long.class).single();
        mvc.perform(meeting(page, recorded(source, Map.of("version", "0", "date", "2019-05"))))
                .andExpect(status().is3xxRedirection());

        Map<String, String> late = recorded(source, Map.of("version", "0", "date", "2019-04"));
        late.put("participants[1].newNameEn", PERSON);
        late.put("participants[1].newNameRu", "Инлайн Тест Нуржан Водный");
        late.put("participants[1].role", "HOST");
        mvc.perform(meeting(page, late)).andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("name=\"keep.date\""), containsString("value=\"" + PERSON + "\""))));
        assertThat(jdbc.sql("select count(*) from person where name_en = :n").param("n", PERSON).query(Long.class).single()).isZero();

        late.put("keep.date", "mine");
        mvc.perform(meeting(page, late)).andExpect(status().is3xxRedirection());
        long person = new ShippedRecord(jdbc).person(PERSON);
        assertThat(jdbc.sql("select count(*) from event_participant where event_id = :e and person_id = :p")
                .param("e", event).param("p", person).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select date_precision || ' ' || date_earliest from event where id = :e").param("e", event)
                .query(String.class).single()).isEqualTo("MONTH 2019-04-01");
    }

    @Test
    void badNewRecordsAreNamedBesideTheirFieldsInEitherLanguageAndNothingIsWritten() throws Exception {
        long events = count("event");
        long persons = count("person");
        long sources = count("source");
        Map<String, String> bad = Map.of("participants[1].newNameRu", "", "participants[1].newOfficeState", "Atlantis",
                "participants[1].newSince", "once upon a time", "institutions[0].newKind", "");

        mvc.perform(meeting(bad)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Enter the new person&#39;s name in Russian"),
                        containsString("No state is called"),
                        containsString("Enter since when as a date, even roughly"),
                        containsString("Choose what kind of institution it is"),
                        containsString("id=\"participants1.newNameRu-error\""),
                        // what was typed stays, in the open "Not in the record?" part
                        containsString("value=\"" + PERSON + "\""))));
        mvc.perform(meeting(bad).param("lang", "ru")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Введите имя новой персоны по-русски"),
                        containsString("Введите, с какого времени"),
                        containsString("Нет в записи? Создайте персону"))));

        assertThat(count("event")).isEqualTo(events);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("source")).isEqualTo(sources);
    }

    @Test
    void aRowThatPicksSomeoneAndAlsoTypesANewOneIsRefusedRatherThanOneOfThemDroppedSilently() throws Exception {
        long events = count("event");
        long persons = count("person");
        long institutions = count("institution");

        mvc.perform(meeting(Map.of("participants[1].person", "Gideon Saar", "institutions[0].institution",
                        "Ministry of Foreign Affairs of Kazakhstan")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Pick a person from the list or create one here, not both"),
                        containsString("Pick an institution from the list or create one here, not both"),
                        containsString("value=\"" + PERSON + "\""))));
        mvc.perform(meeting(Map.of("participants[1].person", "Gideon Saar")).param("lang", "ru"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Выберите персону из списка или создайте новую")));

        assertThat(count("event")).isEqualTo(events);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("institution")).isEqualTo(institutions);
    }

    @Test
    void anOfficeSomeoneElseHeldThenRefusesTheWholeFormAndLeavesNoPersonInstitutionOrSource() throws Exception {
        long events = count("event");
        long persons = count("person");
        long institutions = count("institution");
        long sources = count("source");

        // Yermek Kosherbayev holds it in the shipped record, on every day (his term has no dates)
        mvc.perform(meeting(Map.of("participants[1].newOfficeEn", "Minister of Foreign Affairs of Kazakhstan",
                        "participants[1].newOfficeRu", "Министр иностранных дел Казахстана")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Someone already holds this office on these days"),
                        containsString("id=\"participants1.newOfficeEn-error\""))));

        assertThat(count("event")).isEqualTo(events);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("institution")).isEqualTo(institutions);
        assertThat(count("source")).isEqualTo(sources);
    }
}
