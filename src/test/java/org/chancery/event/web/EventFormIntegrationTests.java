package org.chancery.event.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import static org.chancery.ContainerSessions.inContainerSession;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The event form as staff use it: errors, saving, similar events, conflicts, deleting, history and restoring. */
@ChanceryIntegrationTest
class EventFormIntegrationTests {

    /** A pair the shipped record never mentions, so nothing here is "similar" to it by chance. */
    private static final String TITLE = "Form test: Fijian minister visits Tonga";

    private static final RequestPostProcessor EDITOR = user("form-editor").roles("EDITOR");
    private static final RequestPostProcessor ADMIN = user("form-admin").roles("ADMIN");
    private static final RequestPostProcessor VIEWER = user("form-viewer").roles("VIEWER");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private final List<Long> sourcesBefore = new ArrayList<>();

    @AfterEach
    void removeWhatTheFormsWrote() {
        List<String> events = jdbc.sql("select id::text from event where title_en like 'Form test:%'").query(String.class).list();
        if (!events.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'events' and record_key in (:ids)").param("ids", events).update();
            jdbc.sql("delete from event where id::text in (:ids)").param("ids", events).update();
        }
        List<String> sources = jdbc.sql("select id::text from source where title like 'Form test:%'").query(String.class).list();
        if (!sources.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'sources' and record_key in (:ids)").param("ids", sources).update();
            jdbc.sql("delete from source where id::text in (:ids)").param("ids", sources).update();
        }
        sourcesBefore.clear();
    }

    /** A visit of Fiji to Tonga with two participants and a new source, as the form posts it. */
    private static MockHttpServletRequestBuilder visit(String date) {
        return visit(Map.of("date", date));
    }

    /** The same visit, its new source at {@code sourceUrl}. */
    private static MockHttpServletRequestBuilder visit(String date, String sourceUrl) {
        return visit(Map.of("date", date, "sources[0].newUrl", sourceUrl));
    }

    /** The same visit with some fields typed otherwise (an empty value: left empty). */
    private static MockHttpServletRequestBuilder visit(Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "VISIT");
        fields.put("status", "HAPPENED");
        fields.put("titleEn", TITLE);
        fields.put("date", "2026-03");
        fields.put("visitLevel", "MINISTERIAL");
        fields.put("visitKind", "OFFICIAL");
        fields.put("states[0].state", "Fiji");
        fields.put("states[0].side", "GUEST");
        fields.put("states[1].state", "TO");
        fields.put("states[1].side", "HOST");
        fields.put("participants[0].person", "5 · Gideon Saar");
        fields.put("participants[0].role", "GUEST");
        fields.put("participants[1].person", "Ермек Кошербаев");
        fields.put("participants[1].role", "HOST");
        fields.put("topics", "water");
        fields.put("sources[0].newTitle", "Form test: Fiji and Tonga talk water");
        fields.put("sources[0].newOutlet", "Pacific Daily");
        fields.put("sources[0].newUrl", "https://example.org/fiji-tonga");
        fields.put("sources[0].newPublishedOn", "2026-03-31");
        fields.put("sources[0].newLanguage", "en");
        fields.put("sources[0].passage", "The Fijian minister arrived in Nuku'alofa in March.");
        fields.putAll(changed);
        return FormPosts.form("/events", EDITOR, fields);
    }

    private long save(MockHttpServletRequestBuilder form) throws Exception {
        MvcResult saved = mvc.perform(form).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/events/*")).andReturn();
        return Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/events/".length()));
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from event").query(Long.class).single();
    }

    @Test
    void aVisitWithTwoParticipantsAndANewSourceIsSavedAndShown() throws Exception {
        long sources = jdbc.sql("select count(*) from source").query(Long.class).single();
        MvcResult saved = mvc.perform(visit("2026-03")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("confirmation")).andReturn();
        String page = saved.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring("/events/".length()));

        assertThat(jdbc.sql("select count(*) from event_participant where event_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sources + 1);
        assertThat(jdbc.sql("select date_precision from event where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("MONTH");
        mvc.perform(get(page).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TITLE), containsString("Gideon Saar"),
                        containsString("Yermek Kosherbayev"), containsString("The Fijian minister arrived"),
                        containsString("Version 0: created"), containsString("form-editor"))));
    }

    @Test
    void saveAndAddAnotherSavesAndOpensANewFormWithTheSameStatesSourceDateAndPlace() throws Exception {
        MvcResult saved = mvc.perform(visit(Map.of("date", "12 марта 2026", "placeEn", "Nukualofa", "placeState", "TO"))
                        .param("andAnother", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("confirmation", "savedEvent")).andReturn();
        long id = (Long) saved.getFlashMap().get("savedEvent");
        long source = jdbc.sql("select source_id from event_source where event_id = :id").param("id", id)
                .query(Long.class).single();

        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/events/new?state=FJ&state=TO&source=" + source
                        + "&date=12%20%D0%BC%D0%B0%D1%80%D1%82%D0%B0%202026&placeEn=Nukualofa&placeState=TO");
        mvc.perform(get(URI.create(saved.getResponse().getRedirectedUrl())).with(EDITOR).with(inContainerSession())
                        .flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Saved the event “" + TITLE + "”."),
                        containsString("href=\"/events/" + id + "\""), containsString("name=\"states[0].state\" value=\"FJ\""),
                        containsString("name=\"sources[0].source\" value=\"" + source + " &middot; Pacific Daily"),
                        containsString("name=\"date\" value=\"12 марта 2026\""), containsString("name=\"placeEn\" value=\"Nukualofa\""),
                        containsString("name=\"placeState\" value=\"TO\""),
                        not(containsString("value=\"" + TITLE + "\"")))));
    }

    @Test
    void aNewSourceForAnArticleTheRecordHoldsIsNotAddedAgainButCited() throws Exception {
        long sources = jdbc.sql("select count(*) from source").query(Long.class).single();
        long first = save(visit("2026-03"));
        long second = save(visit("2026-03-30", "http://www.example.org/fiji-tonga/?utm_source=newsletter")
                .param("distinct", "true"));

        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sources + 1);
        assertThat(jdbc.sql("select source_id from event_source where event_id = :id").param("id", second).query(Long.class).single())
                .isEqualTo(jdbc.sql("select source_id from event_source where event_id = :id").param("id", first).query(Long.class).single());
        mvc.perform(get("/events/" + second).with(EDITOR))
                .andExpect(content().string(containsString("Form test: Fiji and Tonga talk water")));
    }

    @Test
    void aFormWithMistakesSavesNothingAndSaysWhatIsWrongNextToEachField() throws Exception {
        long events = eventCount();
        mvc.perform(post("/events").with(csrf()).with(EDITOR)
                        .param("status", "HAPPENED").param("titleEn", "Form test: broken")
                        .param("date", "Smarch 2026")
                        .param("states[0].state", "Atlantis").param("states[0].side", "HOST")
                        .param("participants[0].person", "Nobody Known").param("participants[0].role", "HOST")
                        .param("sources[0].source", "Form test: no such source").param("sources[0].passage", "a passage"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("Choose the kind of event"),
                        containsString("No state is called “Atlantis”: pick one from the list"),
                        containsString("No person is called “Nobody Known”"),
                        containsString("No source matches “Form test: no such source”"),
                        containsString("Smarch"),
                        containsString("value=\"Atlantis\""),
                        containsString("aria-invalid=\"true\""))));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aPartialATransliteratedAndARussianNameAreReadAsTheOneRecordTheyName() throws Exception {
        ShippedRecord record = new ShippedRecord(jdbc);
        long id = save(visit(Map.of("participants[0].person", "Tokaev", "participants[1].person", "Saar",
                "institutions[0].institution", "Ministry of Water", "institutions[0].role", "PARTICIPANT")));
        assertThat(jdbc.sql("select person_id from event_participant where event_id = :id order by person_id")
                .param("id", id).query(Long.class).list())
                .containsExactlyInAnyOrder(record.person("Kassym-Jomart Tokayev"), record.person("Gideon Saar"));
        assertThat(jdbc.sql("select institution_id from event_institution where event_id = :id").param("id", id)
                .query(Long.class).list())
                .containsExactly(record.institution("Ministry of Water Resources and Irrigation of Kazakhstan"));
        jdbc.sql("delete from event where id = :id").param("id", id).update();

        long russian = save(visit(Map.of("participants[0].person", "Токаев", "participants[1].person", "")));
        assertThat(jdbc.sql("select person_id from event_participant where event_id = :id").param("id", russian)
                .query(Long.class).list()).containsExactly(record.person("Kassym-Jomart Tokayev"));
    }

    @Test
    void theFormListsNoPersonOrInstitutionItselfSoItStaysSmallAtAnyScale() throws Exception {
        String form = mvc.perform(get("/events/new").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<datalist id=\"person-options\" data-suggest=\"/suggest/persons\"",
                        "<datalist id=\"institution-options\" data-suggest=\"/suggest/institutions\"")
                .doesNotContain("Kassym-Jomart Tokayev", "Ministry of Water Resources and Irrigation of Kazakhstan");
    }

    @Test
    void aNameThatFitsSeveralRecordsIsRefusedNamingThem() throws Exception {
        ShippedRecord record = new ShippedRecord(jdbc);
        long events = eventCount();
        mvc.perform(visit(Map.of("institutions[0].institution", "Ministry of Foreign Affairs", "institutions[0].role", "ORGANIZER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("“Ministry of Foreign Affairs” could be any of: "),
                        containsString(record.institution("Ministry of Foreign Affairs of Kazakhstan")
                                + " · Ministry of Foreign Affairs of Kazakhstan"),
                        containsString(record.institution("Ministry of Foreign Affairs of Israel")
                                + " · Ministry of Foreign Affairs of Israel"))));
        mvc.perform(visit(Map.of("participants[0].person", "Министерство", "lang", "ru")).header("Accept-Language", "ru"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Нет персоны «Министерство»")));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void theMistakesReadInRussianForARussianReader() throws Exception {
        mvc.perform(post("/events").with(csrf()).with(EDITOR).param("lang", "ru").header("Accept-Language", "ru")
                        .param("status", "HAPPENED").param("date", "")
                        .param("states[0].state", "Атлантида").param("states[0].side", "HOST"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Выберите вид события"),
                        containsString("Дайте событию название на английском или русском"),
                        containsString("Нет государства «Атлантида»"),
                        containsString("Укажите хотя бы один источник"))));
    }

    @Test
    void aDateThatEndsBeforeItStartsIsRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(post("/events").with(csrf()).with(EDITOR).param("lang", "ru").header("Accept-Language", "ru")
                        .param("kind", "VISIT").param("status", "PLANNED").param("titleEn", TITLE)
                        .param("date", "март–январь 2026"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("конец раньше начала"),
                        not(containsString("cannot come before")), not(containsString("ends before")))));
    }

    @Test
    void aHappenedEventLaterThanItsSourceIsRefusedOnItsDateKeepingWhatWasTyped() throws Exception {
        long events = eventCount();

        // Trend's article was published on 17 February 2026
        String trend = String.valueOf(new ShippedRecord(jdbc).source("Trend", LocalDate.of(2026, 2, 17)));
        mvc.perform(post("/events").with(csrf()).with(EDITOR).param("lang", "ru").header("Accept-Language", "ru")
                        .param("kind", "VISIT").param("status", "HAPPENED").param("titleEn", TITLE).param("date", "2026-03")
                        .param("states[0].state", "KZ").param("states[0].side", "HOST")
                        .param("sources[0].source", trend).param("sources[0].passage", "Визит состоялся в марте.")
                        .param("distinct", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Источники сообщают о нём как о прошедшем: оно не может начаться позже дня публикации последнего из них"),
                        containsString("Визит состоялся в марте."), containsString("aria-invalid=\"true\""))));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aPairsDashboardAndASourcesPageOpenTheFormWithTheirStatesAndSourceFilledIn() throws Exception {
        long trend = new ShippedRecord(jdbc).source("Trend", LocalDate.of(2026, 2, 17));
        String dashboard = mvc.perform(get("/relations/KZ/IL").with(EDITOR)).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("href=\"/events/new?state=KZ&amp;state=IL\"");
        assertThat(mvc.perform(get("/relations/KZ/IL").with(VIEWER)).andReturn().getResponse().getContentAsString())
                .doesNotContain("/events/new");
        assertThat(mvc.perform(get("/sources/" + trend).with(EDITOR)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/events/new?source=" + trend + "\"");

        mvc.perform(get("/events/new").param("state", "KZ", "IL").param("source", String.valueOf(trend)).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"states[0].state\" value=\"KZ\""),
                        containsString("name=\"states[1].state\" value=\"IL\""),
                        containsString("name=\"sources[0].source\" value=\"" + trend + " &middot; Trend"))));
    }

    @Test
    void roomForMoreRowsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long events = eventCount();
        mvc.perform(visit("2026-03").param("more", "rows"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"states3.state\""),
                        containsString("id=\"participants3.person\""), containsString("value=\"Fiji\""),
                        not(containsString("There is a problem")))));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aNewSourceWithoutItsLanguageIsRefusedAndNeitherSourceNorEventIsWritten() throws Exception {
        long sources = jdbc.sql("select count(*) from source").query(Long.class).single();
        long events = eventCount();
        mvc.perform(visit("2026-03").param("sources[0].newLanguage", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the source’s language as a code")));
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sources);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aSimilarEventIsShownBeforeSavingAndTheNewSourceCanJoinIt() throws Exception {
        long first = save(visit("2026-03"));
        long events = eventCount();

        MockHttpServletRequestBuilder again = visit(Map.of("date", "12 March 2026", "sources[0].newUrl", "https://example.org/fiji-tonga-2",
                "sources[0].newTitle", "Form test: a second article on the visit"));
        mvc.perform(again)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This may already be in the record"),
                        containsString("/events/" + first), containsString("name=\"addSourcesTo\""))));
        assertThat(eventCount()).isEqualTo(events);

        mvc.perform(visit(Map.of("date", "12 March 2026", "sources[0].newUrl", "https://example.org/fiji-tonga-2",
                "sources[0].newTitle", "Form test: a second article on the visit"))
                        .param("addSourcesTo", String.valueOf(first)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Add this form’s sources to “" + TITLE + "”?"),
                        containsString("Form test: a second article on the visit"),
                        containsString("name=\"confirmMerge\" value=\"" + first + "\""))));
        assertThat(jdbc.sql("select count(*) from event_source where event_id = :id").param("id", first)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(visit(Map.of("date", "12 March 2026", "sources[0].newUrl", "https://example.org/fiji-tonga-2",
                "sources[0].newTitle", "Form test: a second article on the visit"))
                        .param("confirmMerge", String.valueOf(first)))
                .andExpect(redirectedUrl("/events/" + first));
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.sql("select count(*) from event_source where event_id = :id").param("id", first)
                .query(Long.class).single()).isEqualTo(2);

        mvc.perform(visit(Map.of("date", "12 March 2026", "sources[0].newUrl", "https://example.org/fiji-tonga-3",
                "sources[0].newTitle", "Form test: a third article"))
                        .param("distinct", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(eventCount()).isEqualTo(events + 1);
    }

    @Test
    void anAgreementStepsOwnEntryIsShownAmongTheSimilarEventsWithoutOfferingAMergeIntoIt() throws Exception {
        long signature = jdbc.sql("""
                select e.id from event e join participation_step ps on ps.id = e.participation_step_id
                  join participation p on p.id = ps.participation_id
                 where e.step_entry and p.state_code = 'IL' and ps.step = 'SIGNED'""").query(Long.class).single();
        long events = eventCount();

        String panel = mvc.perform(visit(Map.of("kind", "AGREEMENT_STEP", "date", "2020", "agreementId", "1",
                        "titleEn", "Form test: Israel signs the Abraham Accords", "states[0].state", "IL", "states[0].side", "SIGNATORY",
                        "states[1].state", "", "states[1].side", "", "participants[0].person", "", "participants[1].person", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(panel).contains("This may already be in the record", "id=\"event-" + signature + "\"",
                "The timeline entry of an agreement step", "href=\"/agreements/1\"", "It is another event: save it")
                .doesNotContain("name=\"addSourcesTo\"");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void theSameDayAndTheSamePeopleAreListedFirstAndAYearWidePlanLast() throws Exception {
        long yearWide = save(visit(Map.of("date", "2026", "status", "PLANNED", "titleEn", "Form test: visits expected in 2026",
                "participants[0].person", "", "participants[1].person", "")));
        long otherDay = save(visit(Map.of("date", "2026-03", "sources[0].newUrl", "https://example.org/fiji-tonga-4",
                "distinct", "true", "titleEn", "Form test: talks some day in March", "participants[1].person", "")));
        long sameDay = save(visit(Map.of("date", "2026-03-12", "sources[0].newUrl", "https://example.org/fiji-tonga-5",
                "distinct", "true", "titleEn", "Form test: the visit itself")));

        String panel = mvc.perform(visit("12 March 2026", "https://example.org/fiji-tonga-6"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(panel.indexOf("id=\"event-" + sameDay + "\"")).isPositive()
                .isLessThan(panel.indexOf("id=\"event-" + otherDay + "\""));
        assertThat(panel.indexOf("id=\"event-" + otherDay + "\"")).isLessThan(panel.indexOf("id=\"event-" + yearWide + "\""));
        assertThat(panel).contains("Yermek Kosherbayev", "(guest)", "Pacific Daily");
    }

    @Test
    void aMergeOfSourcesTheEventAlreadyCitesHasNothingToConfirm() throws Exception {
        long first = save(visit("2026-03"));
        String preview = mvc.perform(visit("2026-03").param("addSourcesTo", String.valueOf(first)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(preview).contains("(the event already cites it: left as it is)",
                "The event already cites every source in this form: there is nothing to add.").doesNotContain("confirmMerge");
    }

    @Test
    void aSecondEditOnTheSameVersionShowsTheFieldBothChangedAndSavesOnlyOnceChosen() throws Exception {
        long id = save(visit("2026-03"));
        mvc.perform(edit(id, "0", "2026-03-12")).andExpect(redirectedUrl("/events/" + id));

        mvc.perform(edit(id, "0", "2026-03-14"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Someone saved this record while you were editing it"),
                        containsString("form-editor saved version 1"), containsString("You both changed"),
                        containsString("name=\"keep.date\" value=\"mine\""), containsString("2026-03-14"),
                        containsString("2026-03-12"), containsString("name=\"version\" value=\"0\""))));
        assertThat(dateOf(id)).isEqualTo("2026-03-12");

        mvc.perform(edit(id, "0", "2026-03-14").param("keep.date", "mine")).andExpect(redirectedUrl("/events/" + id));
        assertThat(dateOf(id)).isEqualTo("2026-03-14");
    }

    @Test
    void aLateSaveKeepsWhatOnlyTheOtherEditorChanged() throws Exception {
        long id = save(visit("2026-03"));
        mvc.perform(edit(id, "0", "2026-03-12").param("summaryEn", "Editor one's summary."))
                .andExpect(redirectedUrl("/events/" + id));

        mvc.perform(edit(id, "0", "2026-03-14").param("titleRu", "Визит министра Фиджи в Тонга"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Their changes, now in the form:"),
                        containsString("Editor one&#39;s summary."), containsString("name=\"keep.date\""))));
        mvc.perform(edit(id, "0", "2026-03-14").param("titleRu", "Визит министра Фиджи в Тонга").param("keep.date", "saved"))
                .andExpect(redirectedUrl("/events/" + id))
                .andExpect(flash().attribute("confirmation",
                        org.chancery.common.web.Confirmation.of("event.form.done.merged", TITLE, "form-editor")));

        assertThat(jdbc.sql("select date_earliest::text || ' | ' || summary_en || ' | ' || title_ru from event where id = :id")
                .param("id", id).query(String.class).single())
                .isEqualTo("2026-03-12 | Editor one's summary. | Визит министра Фиджи в Тонга");
    }

    @Test
    void aLateSaveThatMeetsNoOtherChangeIsMergedAtOnce() throws Exception {
        long id = save(visit("2026-03"));
        mvc.perform(edit(id, "0", "2026-03-12").param("summaryEn", "Editor one's summary."))
                .andExpect(redirectedUrl("/events/" + id));

        mvc.perform(edit(id, "0", "2026-03").param("titleRu", "Визит министра Фиджи в Тонга"))
                .andExpect(redirectedUrl("/events/" + id));

        assertThat(jdbc.sql("select date_earliest::text || ' | ' || summary_en || ' | ' || title_ru || ' | ' || version from event where id = :id")
                .param("id", id).query(String.class).single())
                .isEqualTo("2026-03-12 | Editor one's summary. | Визит министра Фиджи в Тонга | 2");
    }

    private String dateOf(long id) {
        return jdbc.sql("select date_earliest::text from event where id = :id").param("id", id).query(String.class).single();
    }

    private MockHttpServletRequestBuilder edit(long id, String version, String date) throws Exception {
        String sourceId = jdbc.sql("select source_id::text from event_source where event_id = :id").param("id", id)
                .query(String.class).single();
        return post("/events/" + id).with(csrf()).with(EDITOR)
                .param("version", version)
                .param("kind", "VISIT").param("status", "HAPPENED").param("titleEn", TITLE).param("date", date)
                .param("states[0].state", "FJ").param("states[0].side", "GUEST")
                .param("states[1].state", "TO").param("states[1].side", "HOST")
                .param("sources[0].source", sourceId).param("sources[0].passage", "The Fijian minister arrived in Nuku'alofa in March.");
    }

    @Test
    void theEditFormShowsTheEventAsRecordedAndTheHistoryKeepsBothDates() throws Exception {
        long id = save(visit("2026-03"));
        mvc.perform(get("/events/" + id + "/edit").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"March 2026\""), containsString("value=\"FJ\""),
                        containsString("name=\"participants[0].person\" value=\"5 &middot; Gideon Saar\""),
                        containsString("name=\"version\" value=\"0\""))));
        mvc.perform(edit(id, "0", "2026-03-12")).andExpect(redirectedUrl("/events/" + id));

        mvc.perform(get("/events/" + id).with(EDITOR))
                .andExpect(content().string(allOf(containsString("Version 1: changed"), containsString("2026-03"),
                        containsString("2026-03-12"), not(containsString("Restore version 0")))));
        mvc.perform(get("/events/" + id).with(ADMIN))
                .andExpect(content().string(containsString("Restore version 0")));

        mvc.perform(post("/events/" + id + "/versions/0/restore").with(csrf()).with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/events/" + id + "/versions/0/restore").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/events/" + id));
        assertThat(jdbc.sql("select date_latest::text from event where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("2026-03-31");
    }

    @Test
    void anEventLoadedBeforeItsHistoryBeganCanBePutBackAsFirstRecorded() throws Exception {
        long id = save(visit("2026-03"));
        // As the shipped record's events are: loaded by a migration, no entry of their creation.
        jdbc.sql("delete from change_log where resource = 'events' and record_key = :id").param("id", String.valueOf(id))
                .update();
        mvc.perform(edit(id, "0", "2026-03-12")).andExpect(redirectedUrl("/events/" + id));

        mvc.perform(get("/events/" + id).with(ADMIN))
                .andExpect(content().string(allOf(containsString("Version 1: changed"), containsString("Version 0: created"),
                        containsString("as first recorded, before its history began"), containsString("Restore version 0"))));
        mvc.perform(post("/events/" + id + "/versions/0/restore").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/events/" + id));

        assertThat(jdbc.sql("select date_precision || ' ' || date_latest from event where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("MONTH 2026-03-31");
        mvc.perform(get("/events/" + id).with(ADMIN))
                .andExpect(content().string(allOf(containsString("Version 2: changed"), containsString("Restore version 1"))));
    }

    @Test
    void deletingAsksWhyAndAnAdminCanRestore() throws Exception {
        long id = save(visit("2026-03"));
        mvc.perform(post("/events/" + id + "/delete").with(csrf()).with(EDITOR).param("version", "0").param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why the record is deleted")));
        mvc.perform(post("/events/" + id + "/delete").with(csrf()).with(EDITOR).param("version", "0")
                        .param("reason", "Form test: entered twice"))
                .andExpect(redirectedUrl("/events/" + id));

        mvc.perform(get("/events/" + id).with(EDITOR))
                .andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("This record was deleted"),
                        containsString("Form test: entered twice"), not(containsString("Restore it")))));
        mvc.perform(post("/events/" + id + "/restore").with(csrf()).with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/events/" + id + "/restore").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/events/" + id));
        mvc.perform(get("/events/" + id).with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Version 2: restored"), not(containsString("/events/" + id + "/edit")))));
    }

    @Test
    void viewersAndFormsWithoutTheirTokenAreRefused() throws Exception {
        mvc.perform(get("/events/new").with(VIEWER)).andExpect(status().isForbidden());
        long relations = new ShippedRecord(jdbc).event("Kazakhstan and Israel establish diplomatic relations");
        mvc.perform(get("/events/" + relations + "/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + relations + "/delete").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(visit("2026-03").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/events").with(EDITOR).param("titleEn", "Form test: no token")).andExpect(status().isForbidden());
        mvc.perform(get("/events/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/new").with(EDITOR)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("New event"), containsString("name=\"_csrf\""))));
    }

    @Test
    void whatStaffTypeIsEscapedOnEveryPage() throws Exception {
        long id = save(visit(Map.of("titleEn", "Form test: <script>alert('x')</script>")));
        mvc.perform(get("/events/" + id).with(EDITOR))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert("),
                        not(containsString("<script>alert(")))));
        mvc.perform(get("/events/" + id + "/edit").with(EDITOR))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }
}
