package org.chancery.person.web;

import java.time.LocalDate;
import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /persons/{id}/terms}: giving a person an office, ending a term, removing one recorded in error. */
@ChanceryIntegrationTest
class TermPagesIntegrationTests extends PersonFormTests {

    private static final String NEW_TITLE = "Test Minister of Water of Kazakhstan";

    @Test
    void givesAPersonAnOfficeAlreadyRecordedWithDaysTypedInWords() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        long office = createdOffice("Test Envoy of Kazakhstan", "Тестовый посланник Казахстана", "KZ");
        String page = mvc.perform(get("/persons/" + person + "/terms/new").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Give Test Envoy an office", "list=\"state-options\"");

        MvcResult posted = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING",
                        "office", String.valueOf(office), "from", "7 May 2024", "to", "").with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + person))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("term.done.appointed", "Test Envoy", "Test Envoy of Kazakhstan")))
                .andReturn();

        assertThat(terms(person)).containsExactly(new Term(office, LocalDate.of(2024, 5, 7), null));
        assertThat(landing(posted, EDITOR)).contains("Recorded that Test Envoy holds or held the office of Test Envoy of Kazakhstan.",
                "href=\"/offices/" + office + "\"", "from 7 May 2024");
    }

    @Test
    void createsANewOfficeInTheSameFormWithItsStateTypedByName() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        long waterMinistry = new ShippedRecord(jdbc).institution("Ministry of Water Resources and Irrigation of Kazakhstan");

        mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "NEW", "newOffice.titleEn", NEW_TITLE,
                        "newOffice.titleRu", "Тестовый министр водных ресурсов", "newOffice.state", "Kazakhstan",
                        "newOffice.institution", "Ministry of Water Resources and Irrigation of Kazakhstan", "from", "2024-05-07", "to", "03.06.2026")
                        .with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + person));

        long office = created.remember("offices", "office", officeTitled(NEW_TITLE).getFirst());
        assertThat(jdbc.sql("select state_code || ' ' || institution_id from office where id = ?").param(office)
                .query(String.class).single()).isEqualTo("KZ " + waterMinistry);
        assertThat(terms(person)).containsExactly(new Term(office, LocalDate.of(2024, 5, 7), LocalDate.of(2026, 6, 3)));
    }

    @Test
    void writesNeitherTheNewOfficeNorTheTermWhenTheTermIsRefused() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");

        String page = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "NEW", "newOffice.titleEn", NEW_TITLE,
                        "newOffice.titleRu", "Тестовый министр", "newOffice.state", "KZ", "from", "7 May 2024",
                        "to", "1 January 2024").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#to\">The end comes before the start</a>", "value=\"" + NEW_TITLE + "\"");
        assertThat(officeTitled(NEW_TITLE)).isEmpty();
        assertThat(terms(person)).isEmpty();
    }

    @Test
    void refusesASecondHolderOnTheSameDays() throws Exception {
        long holder = createdPerson("Test Holder", "Тестовый держатель");
        long newcomer = createdPerson("Test Newcomer", "Тестовый новичок");
        long office = createdOffice("Test Envoy of Kazakhstan", "Тестовый посланник Казахстана", "KZ");
        givenTerm(holder, office, "1 January 2020");

        String page = mvc.perform(form("/persons/" + newcomer + "/terms", "officeChoice", "EXISTING",
                        "office", String.valueOf(office), "from", "7 May 2024", "to", "").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#from\">Someone already holds this office on these days</a>");
        assertThat(terms(newcomer)).isEmpty();
    }

    @Test
    void showsEachProblemOfTheFormAtOnce() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");

        String page = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "NEW", "newOffice.titleEn", "",
                        "newOffice.titleRu", "Тестовый министр", "newOffice.state", "Atlantis", "from", "May 2024",
                        "to", "next Tuesday").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter the office’s title in English", "No state is called “Atlantis”: choose one from the list",
                "&#39;next Tuesday&#39; is not a date we can read.",
                "value=\"May 2024\"");
        assertThat(mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "from", "", "to", "")
                .with(EDITOR)).andReturn().getResponse().getContentAsString())
                .contains("<a href=\"#office\">Type the office and pick it from the list, or choose a new office</a>");
        assertThat(terms(person)).isEmpty();
    }

    @Test
    void speaksRussian() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");

        String page = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "from", "май 2024",
                        "to", "").with(EDITOR).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Назначить на должность: Тестовый посланник", "Введите должность и выберите её из списка",
                "value=\"май 2024\"");
    }

    @Test
    void aTermSince2020IsRecordedToTheYearShownSoAndWrittenBackSo() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        long predecessor = createdPerson("Test Former Envoy", "Тестовый бывший посланник");
        long third = createdPerson("Test Third Envoy", "Тестовый третий посланник");
        long office = createdOffice("Test Envoy of Kazakhstan", "Тестовый посланник Казахстана", "KZ");
        long term = givenTerm(person, office, "2020");

        assertThat(jdbc.sql("select held_from || ' ' || held_from_latest || ' ' || held_from_precision from office_term where id = ?")
                .param(term).query(String.class).single()).isEqualTo("2020-01-01 2020-12-31 YEAR");
        assertThat(mvc.perform(get("/persons/" + person).with(EDITOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("from 2020").doesNotContain("from 1 January 2020");
        assertThat(mvc.perform(get("/persons/" + person + "/terms/" + term + "/edit").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("value=\"2020\"");

        // the one before may have ended in 2020 too: both are recorded, neither surely overlapping the other
        mvc.perform(form("/persons/" + predecessor + "/terms", "officeChoice", "EXISTING", "office", String.valueOf(office),
                "from", "", "to", "2020").with(EDITOR)).andExpect(status().isFound());
        // one since May 2019 would surely have held it on the predecessor's sure days: refused
        assertThat(mvc.perform(form("/persons/" + third + "/terms", "officeChoice", "EXISTING", "office", String.valueOf(office),
                        "from", "May 2019", "to", "").with(EDITOR)).andReturn().getResponse().getContentAsString())
                .contains("Someone already holds this office on these days");
    }

    @Test
    void endsATermAgainstTheOfficeVersionAndRefusesAStaleOne() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        long office = createdOffice("Test Envoy of Kazakhstan", "Тестовый посланник Казахстана", "KZ");
        long term = givenTerm(person, office, "7 May 2024");
        long version = officeVersion(office);
        assertThat(mvc.perform(get("/persons/" + person + "/terms/" + term + "/edit").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Test Envoy as Test Envoy of Kazakhstan", "value=\"7 May 2024\"", "value=\"" + version + "\"");

        mvc.perform(form("/persons/" + person + "/terms/" + term, "from", "7 May 2024", "to", "3 June 2026",
                        "version", String.valueOf(version)).with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + person))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("term.done.updated", "Test Envoy", "Test Envoy of Kazakhstan")));
        assertThat(terms(person)).containsExactly(new Term(office, LocalDate.of(2024, 5, 7), LocalDate.of(2026, 6, 3)));
        assertThat(officeVersion(office)).isEqualTo(version + 1);
        assertThat(jdbc.sql("select max(version) from change_log where resource = 'offices' and record_key = ?")
                .param(String.valueOf(office)).query(Long.class).single()).isEqualTo(version + 1);

        String stale = mvc.perform(form("/persons/" + person + "/terms/" + term, "from", "7 May 2024", "to", "",
                        "version", String.valueOf(version)).with(EDITOR))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone changed this office since you opened the page",
                "name=\"version\" value=\"" + officeVersion(office) + "\"");
        assertThat(terms(person)).containsExactly(new Term(office, LocalDate.of(2024, 5, 7), LocalDate.of(2026, 6, 3)));
    }

    @Test
    void removesATermRecordedInError() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        long office = createdOffice("Test Envoy of Kazakhstan", "Тестовый посланник Казахстана", "KZ");
        long term = givenTerm(person, office, "");

        mvc.perform(form("/persons/" + person + "/terms/" + term + "/delete", "version", String.valueOf(officeVersion(office)))
                        .with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + person))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("term.done.removed", "Test Envoy", "Test Envoy of Kazakhstan")));

        assertThat(terms(person)).isEmpty();
    }

    @Test
    void viewersAndPostsWithoutTheirTokenWriteNothing() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        ShippedRecord record = new ShippedRecord(jdbc);
        long saar = record.person("Gideon Saar");
        String president = String.valueOf(record.office("President of Kazakhstan"));
        String ambassador = String.valueOf(record.office("Ambassador of Israel to Kazakhstan"));
        String saarsTerm = "/persons/" + saar + "/terms/"
                + jdbc.sql("select id from office_term where person_id = :saar").param("saar", saar).query(Long.class).single();
        mvc.perform(get(saarsTerm + "/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office", president).with(VIEWER))
                .andExpect(status().isForbidden());
        mvc.perform(form(saarsTerm + "/delete", "version", "0").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/persons/" + person + "/terms").with(EDITOR).param("officeChoice", "EXISTING").param("office", ambassador))
                .andExpect(status().isForbidden());

        assertThat(terms(person)).isEmpty();
        assertThat(jdbc.sql("select count(*) from office_term where person_id = :saar").param("saar", saar)
                .query(Long.class).single()).isOne();
    }

    private record Term(long office, LocalDate from, LocalDate to) {
    }

    private List<Term> terms(long person) {
        return jdbc.sql("select office_id, held_from, held_to from office_term where person_id = ? order by id").param(person)
                .query((row, n) -> new Term(row.getLong(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)))
                .list();
    }

    /** Gives the person the office through the form, from the day typed; the term's id. */
    private long givenTerm(long person, long office, String from) throws Exception {
        mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office", String.valueOf(office),
                "from", from, "to", "").with(EDITOR)).andExpect(status().isFound());
        return jdbc.sql("select id from office_term where person_id = ?").param(person).query(Long.class).single();
    }

    @Test
    void listsNoOfficeOrInstitutionAndReadsAnOfficeTypedWithoutScriptByItsTitle() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        long office = createdOffice("Test Envoy of Kazakhstan", "Тестовый посланник Казахстана", "KZ");
        String page = mvc.perform(get("/persons/" + person + "/terms/new").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // The office and institution fields are type-ahead text fields: the page names no office and no institution.
        assertThat(page).doesNotContain("Test Envoy of Kazakhstan", "Ministry of Water Resources", "<option value=\"" + office + "\"")
                .contains("list=\"known-office-options\"", "data-suggest=\"/suggest/offices\"", "list=\"institution-options\"",
                        "data-suggest=\"/suggest/institutions\"", "/js/event-form");
        assertThat(page).containsPattern("<input type=\"text\"[^>]*name=\"office\"")
                .containsPattern("<input type=\"text\"[^>]*name=\"newOffice.institution\"");

        mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office", "test envoy of kazakhstan",
                        "from", "7 May 2024", "to", "").with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + person));
        assertThat(terms(person)).containsExactly(new Term(office, LocalDate.of(2024, 5, 7), null));
    }

    @Test
    void namesTheCandidatesOfATitleSeveralOfficesHaveAndTakesTheOneWithItsState() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");
        createdOffice("Test Consul General", "Тестовый генеральный консул", "KZ");
        long israeli = createdOffice("Test Consul General", "Тестовый генеральный консул", "IL");

        String ambiguous = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office",
                        "Test Consul General", "from", "2024", "to", "").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ambiguous).contains("“Test Consul General” could be any of: Test Consul General · IL; Test Consul General · KZ");
        String unknown = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office",
                        "Test Keeper of Lighthouses", "from", "2024", "to", "").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("No office recorded is called “Test Keeper of Lighthouses”");
        String noSuchNumber = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office",
                        "#999999999", "from", "2024", "to", "").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noSuchNumber).contains("No office recorded is called “#999999999”");
        assertThat(terms(person)).isEmpty();

        // As the suggestion shows it: the title and the state's code.
        mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "EXISTING", "office", "Test Consul General · IL",
                        "from", "7 May 2024", "to", "").with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + person));
        assertThat(terms(person)).containsExactly(new Term(israeli, LocalDate.of(2024, 5, 7), null));
    }

    @Test
    void writesNoNewOfficeWhoseInstitutionIsNotInTheRecord() throws Exception {
        long person = createdPerson("Test Envoy", "Тестовый посланник");

        String page = mvc.perform(form("/persons/" + person + "/terms", "officeChoice", "NEW", "newOffice.titleEn", NEW_TITLE,
                        "newOffice.titleRu", "Тестовый министр", "newOffice.state", "KZ",
                        "newOffice.institution", "Test Ministry of Lighthouses", "from", "2024", "to", "").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No institution is called “Test Ministry of Lighthouses”");
        assertThat(officeTitled(NEW_TITLE)).isEmpty();
        assertThat(terms(person)).isEmpty();
    }

    private long officeVersion(long office) {
        return jdbc.sql("select version from office where id = ?").param(office).query(Long.class).single();
    }

    private List<Long> officeTitled(String title) {
        return jdbc.sql("select id from office where title_en = ?").param(title).query(Long.class).list();
    }
}
