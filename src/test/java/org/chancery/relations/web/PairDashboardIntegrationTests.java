package org.chancery.relations.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The Kazakhstan–Israel dashboard, read on 21 November 2026 (the tests' fixed today). */
@ChanceryIntegrationTest
class PairDashboardIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void showsEachSidesStageAndThePendingSignatureOfTheAccessionWithHowLongItHasBeenOpen() throws Exception {
        String page = html("/relations/KZ/IL", "en");

        assertThat(page).contains("<h1>Kazakhstan and Israel</h1>", "Abraham Accords", "Stage of Kazakhstan", "Stage of Israel")
                .contains("Open commitment: announced in November 2025, not signed for 11 months (356 days)")
                .contains("<strong>signed</strong>");
    }

    @Test
    void listsWhatIsPendingFirstTheUnsignedAccessionTheMemorandaAndTheOverduePlansInEnglish() throws Exception {
        String page = html("/relations/KZ/IL", "en");
        String pending = section(page, "pending-heading", "latest-heading");

        assertThat(pending).contains(">Pending</h2>", "Announced, not signed", "Abraham Accords",
                        "Kazakhstan announced it in November 2025; not signed for 11 months")
                .contains("Memorandum signed, still to be carried out",
                        "Kazakhstan and Israel sign a memorandum of intent to abolish the visa regime", "(27 January 2026)")
                .contains("Memorandum of understanding and cooperation between Kazakhstan")
                .contains("SCAT Airlines to start direct flights from Shymkent to Israel", "(window closed 9 June 2026)")
                // the visits expected in 2026 are coming up, not overdue
                .doesNotContain("Official visits from Israel to Kazakhstan expected in 2026");
        assertThat(pending.indexOf("memorandum of intent to abolish")).as("the newest memorandum first")
                .isLessThan(pending.indexOf("Memorandum of understanding"));
        assertThat(page.indexOf("id=\"pending-heading\"")).as("the briefing comes before the details")
                .isLessThan(page.indexOf("id=\"agreements-heading\"")).isLessThan(page.indexOf("id=\"figures-heading\""));
    }

    @Test
    @Transactional
    void listsTheNewestMemorandaAndLinksToTheTimelineForTheRest() throws Exception {
        assertThat(section(html("/relations/KZ/IL", "en"), "pending-heading", "latest-heading"))
                .doesNotContain("Every memorandum of the two");

        jdbc.sql("""
                insert into event (kind, status, title_en, date_earliest, date_latest, date_precision, date_approximate)
                select 'MEMORANDUM', 'HAPPENED', 'Old memorandum ' || g, date '2001-01-01' + g, date '2001-01-01' + g, 'DAY', false
                  from generate_series(1, 25) g""").update();
        jdbc.sql("""
                insert into event_state (event_id, state_code, side)
                select id, code, 'SIGNATORY' from event, (values ('KZ'), ('IL')) s(code) where title_en like 'Old memorandum %'""")
                .update();

        String pending = section(html("/relations/KZ/IL", "en"), "pending-heading", "latest-heading");
        assertThat(pending).contains("memorandum of intent to abolish the visa regime", "Old memorandum 25")
                .doesNotContain("Old memorandum 1<", "Old memorandum 5<")
                .contains("Every memorandum of the two, on the timeline")
                .contains("/timeline?state=KZ&amp;counterpart=IL&amp;kind=MEMORANDUM&amp;status=HAPPENED");
    }

    @Test
    void listsWhatIsPendingInRussian() throws Exception {
        assertThat(section(html("/relations/KZ/IL", "ru"), "pending-heading", "latest-heading"))
                .contains(">Ожидает</h2>", "Объявлено, не подписано", "Соглашения Авраама",
                        "Казахстан: объявлено в ноябре 2025 года; не подписано уже 11 месяцев")
                .contains("Меморандум подписан, ожидает исполнения", "срок истёк 9 июня 2026");
    }

    @Test
    void showsTheAccessionAnnouncedByKazakhstanAloneAmongTheStepsOfThePairWithItsEventAndSource() throws Exception {
        String page = html("/relations/KZ/IL", "en");
        String steps = section(page, "steps-heading", "agreements-heading");
        long announcement = jdbc.sql("select id from event where kind = 'AGREEMENT_STEP' and title_en like 'Kazakhstan announces%'")
                .query(Long.class).single();

        assertThat(steps).contains("Agreement steps", "Kazakhstan: announced", "Israel: signed", "Abraham Accords")
                .contains("href=\"/events/" + announcement + "\"", "Lada.kz");
        assertThat(steps.indexOf("Kazakhstan: announced")).as("newest first").isLessThan(steps.indexOf("Israel: signed"));
        // the same in Russian
        assertThat(html("/relations/KZ/IL", "ru")).contains("Шаги по соглашениям", "Казахстан: объявлено", "Израиль: подписано");
        // and seen from Israel, the step is still there
        assertThat(html("/relations/IL/KZ", "en")).contains("Kazakhstan: announced");
    }

    @Test
    void showsThe2025TurnoverAndTheInvestmentStockWithSourceBasisAndQualifier() throws Exception {
        String page = html("/relations/KZ/IL", "en");

        assertThat(page).contains("Trade turnover", "USD 162 million", "USD 1.5 billion", "about 2006 – 2025")
                .contains("Независимая газета (CentrAsia)", "Turnover for 2025, as stated by Kazakh Foreign Minister Yermek Kosherbayev")
                .contains("<svg").contains("class=\"chart-bar\"");
    }

    @Test
    void flagsThePlannedFlightAndMeetingWhoseWindowsHavePassedAsOverdueButNotTheVisitsOfThisYear() throws Exception {
        String page = html("/relations/KZ/IL", "en");

        assertThat(page).contains("Overdue: its window closed 9 June 2026 and no such event is recorded")
                .contains("Overdue: its window closed 30 September 2026 and no such event is recorded")
                .contains("Official visits from Israel to Kazakhstan expected in 2026")
                .doesNotContain("Overdue: its window closed 31 December 2026");
        assertThat(page.indexOf("Overdue: its window closed 9 June 2026"))
                .isLessThan(page.indexOf("SCAT Airlines to start direct flights from Shymkent to Israel</a></h3>"));
    }

    @Test
    @Transactional
    void showsFiguresOfTwoSourcesThatDisagreeSideBySideEachWithItsSourceAndQualifier() throws Exception {
        jdbc.sql("""
                insert into economic_figure (reporter_code, partner_code, indicator, period_earliest, period_latest,
                        period_precision, period_approximate, amount, currency, qualifier, basis_en, source_id, quoted_passage)
                values ('IL', 'KZ', 'TRADE_TURNOVER', date '2025-01-01', date '2025-12-31', 'YEAR', false,
                        150000000, 'USD', 'ABOUT', 'Israeli customs data', 5, 'около 150 млн долларов')""").update();

        String page = html("/relations/KZ/IL", "en");
        String table = page.substring(page.indexOf("class=\"figure-table\""));

        assertThat(table).contains("Sources disagree on this figure", "USD 162 million", "about USD 150 million",
                "Israeli customs data", "Trend");
        assertThat(table.indexOf("USD 162 million")).isLessThan(table.indexOf("about USD 150 million"));
        assertThat(page).contains("chart-bar chart-alt");
    }

    @Test
    void showsTheLatestAsHeadlinesSinceTheDayAskedFor() throws Exception {
        ShippedRecord record = new ShippedRecord(jdbc);
        String ohanasMeeting = "id=\"event-" + record.event("President Tokayev meets Knesset Speaker Amir Ohana") + "\"";
        String saarsVisit = "id=\"event-" + record.event("Israeli Foreign Minister Gideon Saar visits Astana") + "\"";
        String all = html("/relations/KZ/IL", "en");
        assertThat(all).contains("<h2 id=\"latest-heading\">Latest events</h2>", "class=\"event event-headline\"",
                "<summary>More</summary>", ohanasMeeting);

        // since the foreign ministry's statement of 7 November 2025: the meeting of April 2025 is gone
        String since = html("/relations/KZ/IL?since=2025-11-07", "en");
        String latest = since.substring(since.indexOf("id=\"latest-heading\""), since.indexOf("id=\"planned-heading\""));
        assertThat(latest).contains("Latest events since 7 November 2025", saarsVisit, "value=\"2025-11-07\"")
                .doesNotContain(ohanasMeeting);
        assertThat(html("/relations/KZ/IL?since=2025-11-07", "ru")).contains("Последние события с 7 ноября 2025");

        String bad = mvc.perform(get("/relations/KZ/IL").param("since", "2025-02-30").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("value=\"2025-02-30\"", "aria-invalid=\"true\"", "A calendar day such as 2025-11-07.");
    }

    @Test
    void countsWhoMetWhomWithTheOfficeHeldThatDay() throws Exception {
        String page = html("/relations/KZ/IL", "en");

        assertThat(page).contains("Who met whom", "Kassym-Jomart Tokayev", "Gideon Saar", "Benjamin Netanyahu", "Amir Ohana",
                "Yermek Kosherbayev", "Minister of Foreign Affairs of Israel", "1 time")
                // the office follows the name with no space before its comma
                .contains(">Gideon Saar</a><span class=\"office\">, Minister of Foreign Affairs of Israel</span>");
        // The telegram to President Herzog is a statement, not a meeting.
        String contacts = page.substring(page.indexOf("Who met whom"));
        assertThat(contacts).doesNotContain("Isaac Herzog");
    }

    @Test
    void listsTheLatestEventsNewestFirst() throws Exception {
        String page = html("/relations/KZ/IL", "en");
        String latest = page.substring(page.indexOf("Latest events"), page.indexOf("id=\"planned-heading\""));

        assertThat(latest.indexOf("Israeli Ambassador Yoav Bistritsky")).isLessThan(latest.indexOf("Gideon Saar visits Astana"));
        assertThat(latest).doesNotContain("SCAT Airlines");
    }

    @Test
    void speaksRussian() throws Exception {
        String page = html("/relations/KZ/IL?lang=ru", "en");

        assertThat(page).contains("Казахстан и Израиль", "Соглашения Авраама", "Товарооборот", "162 миллиона USD")
                .contains("не подписано уже 11 месяцев (356 дней)", "Просрочено: срок истёк 9 июня 2026", "Кто с кем встречался");
    }

    @Test
    void readsTheDashboardInAFixedHandfulOfStatements() throws Exception {
        int statements = SqlStatements.countDuring(() -> html("/relations/KZ/IL", "en"));

        // 8 for the dashboard, and the record's version for its ETag (common.web.RecordEtags)
        assertThat(statements).isLessThanOrEqualTo(9);
    }

    @Test
    void answersUnknownStatesWithNotFoundAndOddSpellingsWithTheCanonicalAddress() throws Exception {
        mvc.perform(get("/relations/KZ/XX")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        mvc.perform(get("/relations/KZ/ISR")).andExpect(status().isNotFound());
        mvc.perform(get("/relations/kz/il")).andExpect(redirectedUrl("/relations/KZ/IL"));
        mvc.perform(get("/relations/KZ/KZ")).andExpect(redirectedUrl("/states/KZ"));
    }

    /** The part of the page from the element with id {@code from} to the one with id {@code to}. */
    private static String section(String page, String from, String to) {
        return page.substring(page.indexOf("id=\"" + from + "\""), page.indexOf("id=\"" + to + "\""));
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
