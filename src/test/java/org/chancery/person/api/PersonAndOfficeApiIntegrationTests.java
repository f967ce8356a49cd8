package org.chancery.person.api;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ApiWriteTests;
import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
import org.chancery.common.MergePatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SlowTest
@ChanceryIntegrationTest
class PersonAndOfficeApiIntegrationTests extends ApiWriteTests {

    static final String MINISTER = """
            {"name": {"en": "Test Minister", "ru": "Тестовый министр"}}""";
    /** An office in the Kazakh foreign ministry: fill in the ministry's id. */
    private static final String OFFICE_IN = """
            {"title": {"en": "Test Minister of Agriculture of Kazakhstan", "ru": "Тестовый министр сельского хозяйства Казахстана"},
             "state": "KZ", "institutionId": %d}""";

    private long ministry;
    private String officeBody;

    @BeforeEach
    void findTheMinistry() {
        ministry = new ShippedRecord(jdbc).institution("Ministry of Foreign Affairs of Kazakhstan");
        officeBody = OFFICE_IN.formatted(ministry);
    }

    @Test
    void anEditorRecordsAPersonThatIsThenListedAndFound() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/persons").with(editor).contentType(MediaType.APPLICATION_JSON).content(MINISTER))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/persons/\\d+")))
                .andExpect(jsonPath("$.name.ru").value("Тестовый министр"))
                .andExpect(jsonPath("$.offices").isEmpty())
                .andReturn();
        long id = created.remember("persons", "person", idOf(result));

        mvc.perform(get("/api/v1/persons/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.name.en").value("Test Minister"));
        mvc.perform(get("/api/v1/persons").param("q", "тестовый").param("count", "true"))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) id)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/persons/" + id + "/history")).andExpect(jsonPath("$[0].snapshot.name.en").value("Test Minister"));
    }

    @Test
    void theShippedPersonsShowTheOfficesTheyHeld() throws Exception {
        ShippedRecord record = new ShippedRecord(jdbc);
        mvc.perform(get("/api/v1" + ShippedRecord.address("persons", record.person("Gideon Saar"))))
                .andExpect(jsonPath("$.name.en").value("Gideon Saar"))
                .andExpect(jsonPath("$.offices[0].title.en").value("Minister of Foreign Affairs of Israel"))
                .andExpect(jsonPath("$.offices[0].state").value("IL"))
                .andExpect(jsonPath("$.offices[0].institutionId")
                        .value((int) record.institution("Ministry of Foreign Affairs of Israel")))
                .andExpect(jsonPath("$.offices[0].from").doesNotExist());
        mvc.perform(get("/api/v1/persons").param("state", "il"))
                .andExpect(jsonPath("$.items[*].name.en").value(contains("Amir Ohana", "Benjamin Netanyahu", "Gideon Saar",
                        "Yoav Bistritsky")));
        mvc.perform(get("/api/v1/offices").param("state", "KZ"))
                .andExpect(jsonPath("$.items[*].state").value(everyItem(is("KZ"))))
                .andExpect(jsonPath("$.items[*].title.en").value(contains("Minister of Foreign Affairs of Kazakhstan",
                        "President of Kazakhstan")))
                .andExpect(jsonPath("$.items[1].terms[0].personId").value(1));
    }

    @Test
    void aTermMakesThePersonAHolderOfTheOfficeAndChangesBothVersions() throws Exception {
        long person = createPerson();
        long office = createOffice();

        MvcResult appointed = mvc.perform(post("/api/v1/offices/" + office + "/terms").with(editor)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + person + ", \"from\": \"2025-02-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/offices/" + office + "/terms/\\d+")))
                .andExpect(jsonPath("$.personId").value(person))
                .andExpect(jsonPath("$.from").value("2025-02-01"))
                .andExpect(jsonPath("$.to").doesNotExist())
                .andReturn();
        long term = idOf(appointed);

        mvc.perform(get(appointed.getResponse().getHeader(HttpHeaders.LOCATION))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + person))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.offices[0].termId").value(term))
                .andExpect(jsonPath("$.offices[0].officeId").value(office))
                .andExpect(jsonPath("$.offices[0].title.en").value("Test Minister of Agriculture of Kazakhstan"));
        mvc.perform(get("/api/v1/persons").param("state", "KZ").param("q", "Test Minister"))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) person)));
        mvc.perform(get("/api/v1/offices/" + office + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED")))
                .andExpect(jsonPath("$[1].changes[0].field").value("terms"));

        mvc.perform(patch("/api/v1/offices/" + office).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"title\": {\"en\": \"Test Minister of Agriculture\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title.ru").value("Тестовый министр сельского хозяйства Казахстана"));
        mvc.perform(get("/api/v1/persons/" + person))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.offices[0].title.en").value("Test Minister of Agriculture"));

        mvc.perform(delete("/api/v1/offices/" + office + "/terms/" + term).with(editor).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        mvc.perform(get("/api/v1/persons/" + person)).andExpect(jsonPath("$.offices").isEmpty());
        mvc.perform(get("/api/v1/offices/" + office + "/terms/" + term)).andExpect(status().isNotFound());
    }

    @Test
    void anOverlappingTermIsRefusedAndNothingIsWritten() throws Exception {
        long person = createPerson();
        long logged = rows("change_log");
        String kazakhMinister = "/api/v1" + ShippedRecord.address("offices",
                new ShippedRecord(jdbc).office("Minister of Foreign Affairs of Kazakhstan"));

        mvc.perform(post(kazakhMinister + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + person + ", \"from\": \"2026-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("office-one-holder"));
        mvc.perform(post(kazakhMinister + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": 999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("personId"));
        mvc.perform(post(kazakhMinister + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2026-13-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(kazakhMinister + "/terms").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + person + "}"))
                .andExpect(status().isPreconditionRequired());

        mvc.perform(get(kazakhMinister)).andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.terms.length()").value(1));
        mvc.perform(get("/api/v1/persons/" + person)).andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
        assertThat(rows("change_log")).isEqualTo(logged);
        assertThat(rows("office_term where person_id = " + person)).isZero();
    }

    @Test
    void aTermTakesUncertainBoundsInEdtfAsEventsDatesDo() throws Exception {
        long person = createPerson();
        long office = createOffice();

        mvc.perform(post("/api/v1/offices/" + office + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + person + ", \"from\": \"2020\", \"to\": \"2024-05~\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from").value("2020"))
                .andExpect(jsonPath("$.to").value("2024-05~"));
        mvc.perform(get("/api/v1/persons/" + person)).andExpect(jsonPath("$.offices[0].from").value("2020"));
        mvc.perform(get("/api/v1/offices/" + office)).andExpect(jsonPath("$.terms[0].to").value("2024-05~"));
        mvc.perform(post("/api/v1/offices/" + office + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + person + ", \"from\": \"spring\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("from"));
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRefusedByTheRules() throws Exception {
        long person = createPerson();
        long office = createOffice();

        mvc.perform(post("/api/v1/offices/" + office + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + person + ", \"from\": \"2026-01-01\", \"to\": \"2025-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("date-end-before-start"));
    }

    @Test
    void anOfficeWithTermsAndAPersonWhoHoldsOneAreNotDeleted() throws Exception {
        long person = createPerson();
        long office = createOffice();
        long term = idOf(mvc.perform(post("/api/v1/offices/" + office + "/terms").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + person + "}")).andReturn());

        mvc.perform(delete("/api/v1/offices/" + office).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("office-has-terms"))
                .andExpect(jsonPath("$.detail").value(containsString("1 term")));
        mvc.perform(delete("/api/v1/persons/" + person).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("person-in-use"))
                .andExpect(jsonPath("$.detail").value(containsString("1 office term")));
        String saar = "/api/v1" + ShippedRecord.address("persons", new ShippedRecord(jdbc).person("Gideon Saar"));
        mvc.perform(delete(saar).with(editor).header(HttpHeaders.IF_MATCH, "*").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(matchesPattern("This person appears in \\d+ events? and 1 office term; .*")));

        mvc.perform(delete("/api/v1/offices/" + office + "/terms/" + term).with(editor).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/offices/" + office).with(editor).header(HttpHeaders.IF_MATCH, "\"2\"")
                        .param("reason", "entered by mistake"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/offices/" + office)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offices/" + office + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED", "UPDATED", "DELETED")))
                .andExpect(jsonPath("$[3].reason").value("entered by mistake"));
    }

    @Test
    void aPersonIsRenamedOnlyAtTheCurrentVersionAndDeletedWithAReason() throws Exception {
        long person = createPerson();
        String since = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person)).andReturn().getResponse().getContentAsString(),
                "$.updatedAt");

        mvc.perform(put("/api/v1/persons/" + person).with(editor).contentType(MediaType.APPLICATION_JSON).content(MINISTER))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(patch("/api/v1/persons/" + person).with(editor).header(HttpHeaders.IF_MATCH, "\"5\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"name\": {\"en\": \"Test Minister Renamed\"}}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(patch("/api/v1/persons/" + person).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"name\": {\"en\": \"Test Minister Renamed\"}}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name.en").value("Test Minister Renamed"))
                .andExpect(jsonPath("$.name.ru").value("Тестовый министр"));
        mvc.perform(put("/api/v1/persons/" + person).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(MINISTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name.en").value("Test Minister"));
        mvc.perform(get("/api/v1/persons/" + person).header(HttpHeaders.IF_NONE_MATCH, "\"2\"")).andExpect(status().isNotModified());

        mvc.perform(delete("/api/v1/persons/" + person).with(editor).header(HttpHeaders.IF_MATCH, "\"2\"")
                        .param("reason", "not a real person"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/persons/" + person)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/persons").param("updatedSince", since))
                .andExpect(jsonPath("$.deleted[*].id").value(hasItem((int) person)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) person))));
        mvc.perform(post("/api/v1/persons/" + person + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""));
        mvc.perform(get("/api/v1/persons/" + person + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED", "UPDATED", "DELETED", "RESTORED")));
    }

    @Test
    void invalidPersonsAndOfficesAreRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long persons = rows("person");
        long offices = rows("office");

        mvc.perform(post("/api/v1/persons").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"en\": \"\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("name.en", "name.ru")));
        mvc.perform(post("/api/v1/offices").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(officeBody.replace("\"KZ\"", "\"QQ\"").replace("\"institutionId\": " + ministry, "\"institutionId\": 999999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("state", "institutionId")));
        mvc.perform(post("/api/v1/offices").with(editor).contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"Kazakhstan\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("state", "title")));
        mvc.perform(post("/api/v1/persons").with(editor).contentType(MediaType.TEXT_PLAIN).content(MINISTER))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/v1/persons/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offices/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offices/999999/history")).andExpect(status().isNotFound());

        assertThat(rows("person")).isEqualTo(persons);
        assertThat(rows("office")).isEqualTo(offices);
    }

    @Test
    void onlyEditorsWritePersonsOfficesAndTermsAndOnlyAdminsRestore() throws Exception {
        long person = createPerson();
        long office = createOffice();
        long president = new ShippedRecord(jdbc).office("President of Kazakhstan");
        long tokayevsTerm = jdbc.sql("select id from office_term where office_id = ?").param(president).query(Long.class).single();

        refusedToAnonymousAndViewers(
                post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(MINISTER),
                put("/api/v1/persons/" + person).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(MINISTER),
                patch("/api/v1/persons/" + person).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MergePatch.MEDIA_TYPE).content("{}"),
                delete("/api/v1/persons/" + person).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"),
                post("/api/v1/persons/" + person + "/restore"),
                post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).content(officeBody),
                put("/api/v1/offices/" + office).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(officeBody),
                patch("/api/v1/offices/" + office).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MergePatch.MEDIA_TYPE).content("{}"),
                delete("/api/v1/offices/" + office).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"),
                post("/api/v1/offices/" + office + "/terms").header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + person + "}"),
                delete("/api/v1/offices/" + president + "/terms/" + tokayevsTerm).header(HttpHeaders.IF_MATCH, "\"0\""));
        mvc.perform(post("/api/v1/persons/" + person + "/restore").with(editor)).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/persons/" + person)).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/offices/" + office)).andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.terms").isEmpty());
    }

    private long createPerson() throws Exception {
        return created.remember("persons", "person", idOf(mvc.perform(post("/api/v1/persons").with(editor)
                .contentType(MediaType.APPLICATION_JSON).content(MINISTER)).andExpect(status().isCreated()).andReturn()));
    }

    private long createOffice() throws Exception {
        return created.remember("offices", "office", idOf(mvc.perform(post("/api/v1/offices").with(editor)
                .contentType(MediaType.APPLICATION_JSON).content(officeBody)).andExpect(status().isCreated()).andReturn()));
    }
}
