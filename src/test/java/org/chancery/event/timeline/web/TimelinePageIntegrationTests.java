package org.chancery.event.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The timeline page as an analyst uses it: filters in the address, months and years, pages. */
@ChanceryIntegrationTest
class TimelinePageIntegrationTests {

    private static final Pattern EVENT_ID = Pattern.compile("id=\"event-(\\d+)\"");
    private static final Pattern EARLIER = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");
    private static final Pattern LATER = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\"");

    private static final String SAARS_VISIT = "Israeli Foreign Minister Gideon Saar visits Astana";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void filteringToThePairFindsTheForeignMinistersVisitWithItsDateOfficeAndSource() throws Exception {
        mvc.perform(get("/timeline").param("state", "KZ").param("counterpart", "IL").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("timeline/timeline"))
                .andExpect(content().string(containsString("Israeli Foreign Minister Gideon Saar visits Astana")))
                .andExpect(content().string(containsString("<time class=\"event-date\" datetime=\"2026-01-27\">27 January 2026</time>")))
                .andExpect(content().string(containsString("Minister of Foreign Affairs of Israel")))
                .andExpect(content().string(containsString("href=\"https://centrasia.org/newsA.php?st=1769600100\"")))
                .andExpect(content().string(containsString("Open the Kazakhstan – Israel dashboard")))
                .andExpect(content().string(containsString("href=\"/relations/KZ/IL\"")))
                .andExpect(content().string(not(containsString("Azerbaijani–Israeli business forum"))));
    }

    @Test
    void groupsByYearAndMonthButFilesADateLessPreciseThanAMonthUnderItsYear() throws Exception {
        String page = html("/timeline?state=KZ&counterpart=IL");

        assertThat(page).contains("<h2 id=\"year-2026\">2026</h2>", "<h3>January 2026</h3>", "<h3>June 2026</h3>",
                "<h3>2026, not dated to one month</h3>", "<h3>November 2025</h3>");
        // "2026" and "June – September 2026" are never placed under a month heading.
        int yearOnly = page.indexOf("2026, not dated to one month");
        assertThat(page.indexOf(anchor("Joint Economic Committee meeting in Israel (expected)"))).isGreaterThan(yearOnly);
        assertThat(page.indexOf(anchor("Official visits from Israel to Kazakhstan expected in 2026"))).isGreaterThan(yearOnly);
        assertThat(page.indexOf(anchor(SAARS_VISIT))).isLessThan(yearOnly);
        // a month is never shown as its first day; the call's own range begins on 1 November 2025
        assertThat(page).doesNotContainPattern("1 November 2025(?! – 11 January 2026)");
    }

    @Test
    void drawsTheFilteredEventsOnABandWithUncertainDatesAsBars() throws Exception {
        String page = html("/timeline?state=KZ&counterpart=IL");

        assertThat(page).contains("<svg", "class=\"band-mark band-planned\"",
                "href=\"#event-" + event(SAARS_VISIT) + "\"")
                .contains("<title>about June 2026 – September 2026: Joint Economic Committee meeting in Israel (expected)</title>");
    }

    @Test
    void readsStateNamesTypedIntoTheTypeAheadInEitherLanguage() throws Exception {
        String english = html("/timeline?state=Kazakhstan&counterpart=israel");
        String russian = mvc.perform(get("/timeline").param("state", "Казахстан").param("counterpart", "ISR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(english).contains("Israeli Foreign Minister Gideon Saar visits Astana", "value=\"KZ\"", "value=\"IL\"")
                .contains("<option value=\"KZ\">Kazakhstan · KZ</option>");
        assertThat(russian).contains("Israeli Foreign Minister Gideon Saar visits Astana");
        assertThat(html("/timeline?lang=ru")).contains("<option value=\"KZ\">Казахстан · KZ</option>");
    }

    @Test
    void narrowsByKindTopicStatusPeriodAndWords() throws Exception {
        String visits = html("/timeline?state=KZ&counterpart=IL&kind=VISIT&status=HAPPENED&from=2026-01-01&to=2026-01-31");
        String water = html("/timeline?state=KZ&topic=water");
        String words = html("/timeline?q=visa");

        long visaMemorandum = event("Kazakhstan and Israel sign a memorandum of intent to abolish the visa regime");
        assertThat(eventIds(visits)).containsExactly(event(SAARS_VISIT));
        assertThat(eventIds(water)).contains(event("President Tokayev meets Knesset Speaker Amir Ohana"),
                event("Memorandum of understanding and cooperation between Kazakhstan's Ministry of Water Resources"
                        + " and Irrigation and Israel's Ministry of Regional Cooperation"),
                event(SAARS_VISIT),
                event("Israeli Ambassador Yoav Bistritsky: joining the Abraham Accords will open new opportunities for cooperation"))
                .doesNotContain(visaMemorandum);
        assertThat(eventIds(words)).contains(visaMemorandum);
        assertThat(visits).contains("value=\"VISIT\" checked=\"checked\"", "value=\"2026-01-01\"");
    }

    @Test
    void speaksRussianWithRussianTitlesAndDates() throws Exception {
        mvc.perform(get("/timeline").param("state", "KZ").param("counterpart", "IL").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Хроника")))
                .andExpect(content().string(containsString("Визит министра иностранных дел Израиля Гидеона Саара в Астану")))
                .andExpect(content().string(containsString("27 января 2026")))
                .andExpect(content().string(containsString("<h3>Январь 2026</h3>")))
                .andExpect(content().string(containsString("Министр иностранных дел Израиля")));
    }

    @Test
    void theLanguageSwitchKeepsTheFilters() throws Exception {
        String page = html("/timeline?state=KZ&counterpart=IL&kind=VISIT");

        assertThat(page).contains("href=\"/timeline?state=KZ&amp;counterpart=IL&amp;kind=VISIT&amp;lang=ru\"");
    }

    @Test
    void saysWhichFiltersCannotBeReadInsteadOfFailing() throws Exception {
        mvc.perform(get("/timeline").param("from", "2026-13-01").param("kind", "PARTY").param("state", "Atlantis")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("timeline/timeline"))
                .andExpect(content().string(containsString("Some filters cannot be read")))
                .andExpect(content().string(containsString("From: a calendar day such as 2026-01-27.")))
                .andExpect(content().string(containsString("Kinds: only the kinds listed in the form.")))
                .andExpect(content().string(containsString("State: give the name of a state")))
                .andExpect(content().string(containsString("value=\"Atlantis\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        // a day that does not exist stays in its field as typed (a date field would empty it), marked
        String page = mvc.perform(get("/timeline").param("from", "2026-02-30").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<input id=\"filter-from\" name=\"from\" type=\"text\"\\s+value=\"2026-02-30\" aria-invalid=\"true\">")
                .contains("<input id=\"filter-to\" name=\"to\" type=\"date\"");
        mvc.perform(get("/timeline").param("cursor", "not-a-cursor").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ссылка устарела")));
    }

    @Test
    void escapesWhatWasTyped() throws Exception {
        String page = mvc.perform(get("/timeline").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void saysSoWhenNothingMatches() throws Exception {
        mvc.perform(get("/timeline").param("state", "KZ").param("counterpart", "IL").param("from", "1900-01-01")
                        .param("to", "1900-12-31").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No event matches these filters.")))
                .andExpect(content().string(containsString("Clear all filters")));
    }

    @Test
    void pagesEarlierAndBackLaterWithoutGapsOrRepeats() throws Exception {
        List<Long> all = eventIds(html("/timeline?limit=500"));
        List<Long> forward = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String path = "/timeline?limit=5";
        while (path != null) {
            String page = html(path);
            pages.add(page);
            forward.addAll(eventIds(page));
            path = link(EARLIER, page);
        }
        // Within a page, events dated only to a year follow that year's months, so compare as sets.
        assertThat(forward).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(link(LATER, pages.getFirst())).isNull();

        String last = pages.getLast();
        List<Long> backward = new ArrayList<>(eventIds(last));
        String later = link(LATER, last);
        while (later != null) {
            String page = html(later);
            backward.addAll(0, eventIds(page));
            later = link(LATER, page);
        }
        assertThat(backward).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void answersAPageWithTheSameFewStatementsWhateverItsSize() throws Exception {
        String filters = "/timeline?state=KZ&counterpart=IL&kind=VISIT,CALL,MEETING,MEMORANDUM,STATEMENT,FORUM,OTHER,TRANSPORT_LINK,AGREEMENT_STEP";
        int small = SqlStatements.countDuring(() -> html(filters + "&limit=5"));
        int large = SqlStatements.countDuring(() -> html(filters + "&limit=50"));
        int everything = SqlStatements.countDuring(() -> html("/timeline?limit=500"));

        assertThat(html(filters + "&limit=50")).contains("Events on this page: 15");
        // 3 for the page, and the record's version for its ETag (common.web.RecordEtags)
        assertThat(small).isEqualTo(large).isLessThanOrEqualTo(4);
        // every event's list, which keeps one generic plan: the same, and the two that ask for it and put the mode back
        assertThat(everything).isEqualTo(large + 2);
    }

    @Test
    void aRenamedParticipantIsShownAtTheNextViewThoughThePageReadHisPartBefore() throws Exception {
        String path = "/timeline?state=KZ&counterpart=IL";
        assertThat(html(path)).contains("Gideon Saar");
        String name = jdbc.sql("select name_en from person where name_en = 'Gideon Saar'").query(String.class).single();
        try {
            jdbc.sql("update person set name_en = 'Gideon Sa’ar' where name_en = :name").param("name", name).update();

            assertThat(html(path)).contains("Gideon Sa’ar").doesNotContain(">Gideon Saar<");
        } finally {
            jdbc.sql("update person set name_en = :name where name_en = 'Gideon Sa’ar'").param("name", name).update();
        }
        assertThat(html(path)).contains(">Gideon Saar<").doesNotContain("Gideon Sa’ar");
    }

    /** The filters' states and topics are kept a version of the record: a renamed state or a new topic shows on the next page. */
    @Test
    void offersAStateRenamedOrATopicAddedOnTheNextPage() throws Exception {
        assertThat(html("/timeline")).contains("<option value=\"KZ\">Kazakhstan · KZ</option>").doesNotContain("Qazaqstan")
                .doesNotContain("value=\"benchtopic\"");
        String name = jdbc.sql("select name_en from state where code = 'KZ'").query(String.class).single();
        try {
            jdbc.sql("update state set name_en = 'Qazaqstan' where code = 'KZ'").update();
            jdbc.sql("insert into topic (code, name_en, name_ru) values ('benchtopic', 'Bench topic', 'Тема')").update();

            assertThat(html("/timeline")).contains("<option value=\"KZ\">Qazaqstan · KZ</option>")
                    .contains("value=\"benchtopic\"", "Bench topic");
            assertThat(html("/timeline?topic=benchtopic")).as("the new topic is a filter the page reads").contains("value=\"benchtopic\" checked=\"checked\"");
        } finally {
            jdbc.sql("update state set name_en = :name where code = 'KZ'").param("name", name).update();
            jdbc.sql("delete from topic where code = 'benchtopic'").update();
        }
        assertThat(html("/timeline")).contains("<option value=\"KZ\">Kazakhstan · KZ</option>").doesNotContain("benchtopic");
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<Long> eventIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = EVENT_ID.matcher(html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String link(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    private long event(String titleEn) {
        return new ShippedRecord(jdbc).event(titleEn);
    }

    /** Where the timeline puts the event of that title: {@code id="event-12"}. */
    private String anchor(String titleEn) {
        return "id=\"event-" + event(titleEn) + "\"";
    }
}
