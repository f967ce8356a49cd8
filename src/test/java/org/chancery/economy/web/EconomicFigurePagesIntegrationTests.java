package org.chancery.economy.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.CreatedRecords;
import org.chancery.ShippedRecord;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.chancery.ContainerSessions.inContainerSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /figures/{id}} and the figure form as editors and admins use them and viewers may
 * not. Every test's figures quote a passage starting "Test passage" and are removed, with
 * their history, afterwards; the shipped figures are only read.
 */
@ChanceryIntegrationTest
class EconomicFigurePagesIntegrationTests {

    static final RequestPostProcessor VIEWER = user("figure-viewer").roles("VIEWER");
    static final RequestPostProcessor EDITOR = user("figure-editor").roles("EDITOR");
    static final RequestPostProcessor ADMIN = user("figure-admin").roles("ADMIN");
    static final String PASSAGE = "Test passage: товарооборот в первом квартале 2025 года составил 1 234 567,5 доллара.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private CreatedRecords created;

    @BeforeEach
    void remember() {
        created = new CreatedRecords(jdbc);
    }

    @AfterEach
    void removeWhatWasCreated() {
        jdbc.sql("select id from economic_figure where quoted_passage like 'Test passage%'").query(Long.class).list()
                .forEach(id -> created.remember("economic-figures", "economic_figure", id));
        created.removeAll();
        jdbc.sql("delete from change_log where resource = 'sources' and record_key in"
                + " (select id::text from source where title like 'Test figure source%')").update();
        jdbc.sql("delete from source where title like 'Test figure source%'").update();
    }

    @Test
    void theFigurePageShowsWhatWhoWhenHowMuchAndTheSourceWithItsWords() throws Exception {
        String deals = dealsSigned();
        String page = page(deals, VIEWER);

        assertThat(page).contains("Deals signed", "Reported by", "United States", "Kazakhstan", "more than USD 17 billion",
                "History", "<blockquote", "Kazpravda.kz</cite><span>, 7 November 2025</span>");
        assertThat(page).doesNotContain(deals + "/edit", deals + "/delete", "2025-11-07</span>");
        assertThat(page(deals, EDITOR)).contains("href=\"" + deals + "/edit\"", "href=\"" + deals + "/delete\"");
        mvc.perform(get("/figures/999999").with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void aViewerMayNeitherOpenNorPostTheFormsAndAPostNeedsItsCsrfToken() throws Exception {
        String deals = dealsSigned();
        for (String form : new String[] {"/figures/new", deals + "/edit", deals + "/delete"}) {
            mvc.perform(get(form).with(VIEWER)).andExpect(status().isForbidden());
        }
        mvc.perform(figure().with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(deals + "/delete").with(VIEWER).with(csrf()).param("version", "0").param("reason", "no"))
                .andExpect(status().isForbidden());
        mvc.perform(figure().with(EDITOR)).andExpect(status().isForbidden());

        assertThat(count()).isZero();
    }

    @Test
    void recordsAFigureFromNumbersAndPeriodsAsTypedThenShowsIt() throws Exception {
        assertThat(page("/figures/new?reporter=KZ&partner=IL", EDITOR))
                .contains("New economic figure", "value=\"KZ\"", "value=\"IL\"", "list=\"state-options\"", "value=\"USD\"",
                        "list=\"source-options\"");

        MvcResult result = mvc.perform(figure().with(EDITOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("figure.form.created", "Trade turnover, KZ – IL, Q1 2025")))
                .andReturn();

        long id = idOf(result);
        assertThat(jdbc.sql("""
                        select reporter_code || ' ' || partner_code || ' ' || period_precision || ' ' || period_earliest || ' '
                               || period_latest || ' ' || amount || ' ' || currency || ' ' || qualifier || ' ' || change_percent
                               || ' ' || change_qualifier || ' ' || source_id from economic_figure where id = ?""")
                .param(id).query(String.class).single())
                .isEqualTo("KZ IL QUARTER 2025-01-01 2025-03-31 1234567.50 USD ABOUT -12.50 EXACT 5");
        assertThat(mvc.perform(get("/figures/" + id).with(EDITOR).with(inContainerSession()).flashAttr(Confirmation.ATTRIBUTE,
                        result.getFlashMap().get(Confirmation.ATTRIBUTE)))
                .andReturn().getResponse().getContentAsString())
                .contains("Recorded Trade turnover, KZ – IL, Q1 2025.", "about USD 1,234,567.5", "-12.5%", "Test customs statistics",
                        "Version 0: created", "by figure-editor");
        assertThat(page("/relations/KZ/IL", EDITOR)).contains("href=\"/figures/" + id + "\"",
                "href=\"/figures/new?reporter=KZ&amp;partner=IL\"");
        assertThat(page("/relations/KZ/IL", VIEWER)).doesNotContain("/figures/new");
    }

    @Test
    void aSpanOfMonthsAndAnAmountInMillionsAreTakenToo() throws Exception {
        long id = idOf(mvc.perform(figure("period", "2025-01/2025-09", "amount", "162 million").with(EDITOR).with(csrf()))
                .andExpect(status().isFound()).andReturn());

        assertThat(jdbc.sql("select period_precision || ' ' || period_earliest || ' ' || period_latest || ' ' || amount"
                + " from economic_figure where id = ?").param(id).query(String.class).single())
                .isEqualTo("MONTH 2025-01-01 2025-09-30 162000000.00");
    }

    @Test
    void showsEachProblemNextToItsFieldAndInTheSummaryAndSavesNothing() throws Exception {
        String page = html(post("/figures").with(EDITOR).with(csrf()).param("reporter", "").param("partner", "Atlantis")
                .param("indicator", "TRADE_TURNOVER").param("period", "someday").param("amount", "lots").param("currency", "XYZ")
                .param("qualifier", "EXACT").param("changePercent", "a bit").param("sources[0].passage", PASSAGE), 422);

        assertThat(page).contains("class=\"error-summary\" role=\"alert\"")
                .contains("<a href=\"#reporter\">Enter the state that reports the figure</a>")
                .contains("<a href=\"#partner\">No state is called “Atlantis”: pick one from the list</a>")
                .contains("<a href=\"#period\">&#39;someday&#39; is not a date we can read.")
                .contains("<a href=\"#amount\">“lots” is not an amount: write it as 162000000, 162 million, 1 234,5 or 1,234.5</a>")
                .contains("<a href=\"#currency\">“XYZ” is not a currency code")
                .contains("<a href=\"#changePercent\">“a bit” is not a change in percent")
                .contains("Pick a source or add a new one")
                .contains("value=\"Atlantis\"", "value=\"lots\"");
        assertThat(page.indexOf("#reporter")).isLessThan(page.indexOf("#amount"));
        assertThat(count()).isZero();
    }

    @Test
    void saysTheSameInRussian() throws Exception {
        String page = html(post("/figures").with(EDITOR).with(csrf()).header("Accept-Language", "ru").param("reporter", "Казахстан")
                .param("partner", "Израиль").param("indicator", "TRADE_TURNOVER").param("period", "I квартал 2025")
                .param("amount", "много").param("currency", "USD").param("qualifier", "EXACT")
                .param("sources[0].source", trend()).param("sources[0].passage", PASSAGE), 422);

        assertThat(page).contains("Форма заполнена с ошибками", "«много» — не сумма");
        assertThat(count()).isZero();
    }

    @Test
    void theFiguresOwnRulesAreRefusedOnTheirFields() throws Exception {
        assertThat(html(figure("partner", "Kazakhstan", "reporter", "KZ").with(EDITOR).with(csrf()), 422))
                .contains("<a href=\"#partner\">A figure is between two different states</a>");
        assertThat(html(figure("period", "27 January 2025").with(EDITOR).with(csrf()), 422))
                .contains("<a href=\"#period\">The period is not one a figure can cover</a>");
        assertThat(html(figure("amount", "12.345").with(EDITOR).with(csrf()), 422))
                .contains("<a href=\"#amount\">Give the amount with at most two decimal places</a>");
        assertThat(html(figure("amount", "-5").with(EDITOR).with(csrf()), 422))
                .contains("<a href=\"#amount\">An amount cannot be negative</a>");
        assertThat(count()).isZero();
    }

    @Test
    void whatWasTypedIsShownEscaped() throws Exception {
        String markup = "<script>alert('x')</script>";
        assertThat(html(figure("amount", markup).with(EDITOR).with(csrf()), 422))
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");

        long id = idOf(mvc.perform(figure("basisEn", markup).with(EDITOR).with(csrf())).andExpect(status().isFound()).andReturn());
        assertThat(page("/figures/" + id, VIEWER)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void editsAFigureAtItsVersionAndASaveOverAnotherVersionShowsBoth() throws Exception {
        long id = idOf(mvc.perform(figure().with(EDITOR).with(csrf())).andExpect(status().isFound()).andReturn());
        assertThat(page("/figures/" + id + "/edit", EDITOR))
                .contains("Correct the economic figure", "value=\"Q1 2025\"", "value=\"1234567.5\"", "value=\"-12.5\"",
                        "name=\"version\" value=\"0\"", "value=\"5 &middot; Trend");

        mvc.perform(edit(id, 0, "1,3 млрд").with(EDITOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/figures/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("figure.form.saved", "Trade turnover, KZ – IL, Q1 2025")));
        String stale = html(edit(id, 0, "1.4 billion").with(ADMIN), 409);

        assertThat(stale).contains("Someone saved this record while you were editing it", "figure-editor saved version 1")
                .contains("Amount", "1400000000", "1300000000", "name=\"version\" value=\"1\"");
        assertThat(amount(id)).isEqualTo("1300000000.00");
        assertThat(page("/figures/" + id, VIEWER)).contains("Version 1: changed");
    }

    @Test
    void deletesWithAReasonThenAnAdminRestoresItOrAnEarlierVersion() throws Exception {
        long id = idOf(mvc.perform(figure().with(EDITOR).with(csrf())).andExpect(status().isFound()).andReturn());
        String figure = "/figures/" + id;
        mvc.perform(edit(id, 0, "99").with(EDITOR)).andExpect(status().isFound());
        assertThat(page(figure + "/delete", EDITOR)).contains("Delete the figure “Trade turnover, KZ – IL, Q1 2025”");

        assertThat(html(post(figure + "/delete").with(EDITOR).with(csrf()).param("version", "1").param("reason", ""), 422))
                .contains("Say why the record is deleted");
        mvc.perform(post(figure + "/delete").with(EDITOR).with(csrf()).param("version", "0").param("reason", "Test"))
                .andExpect(status().isConflict());
        mvc.perform(post(figure + "/delete").with(EDITOR).with(csrf()).param("version", "1").param("reason", "Test: a duplicate"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(figure));

        assertThat(html(get(figure).with(ADMIN), 410)).contains("This record was deleted", "Reason: Test: a duplicate",
                "action=\"" + figure + "/restore\"");
        assertThat(page("/relations/KZ/IL", VIEWER)).doesNotContain("href=\"" + figure + "\"");
        mvc.perform(get(figure + "/edit").with(EDITOR)).andExpect(status().isGone());
        mvc.perform(post(figure + "/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(figure + "/restore").with(ADMIN).with(csrf())).andExpect(status().isFound());

        mvc.perform(post(figure + "/versions/0/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(figure + "/versions/0/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("restore.versionDone", "the figure “Trade turnover, KZ – IL, Q1 2025”", "0")));
        assertThat(amount(id)).isEqualTo("1234567.50");
        assertThat(page(figure, VIEWER)).contains("Version 4: changed");
    }

    @Test
    void anEarlierVersionCitingASourceDeletedSinceIsNotPutBackAndThePageSaysWhy() throws Exception {
        long id = idOf(mvc.perform(figure("sources[0].source", "", "sources[0].newTitle", "Test figure source",
                        "sources[0].newLanguage", "ru").with(EDITOR).with(csrf()))
                .andExpect(status().isFound()).andReturn());
        long source = jdbc.sql("select source_id from economic_figure where id = ?").param(id).query(Long.class).single();
        mvc.perform(edit(id, 0, "99").with(EDITOR)).andExpect(status().isFound());
        mvc.perform(post("/sources/" + source + "/delete").with(EDITOR).with(csrf()).param("version", "0")
                .param("reason", "Test: no longer cited")).andExpect(status().isFound());

        mvc.perform(post("/figures/" + id + "/versions/0/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.versionRefused", "0",
                        "it names a state or a source that is no longer in the record.")));
        assertThat(amount(id)).isEqualTo("99.00");
    }

    /** A new figure's form, each field as typed, but for the {@code changed} ones: name, value, name, value … */
    private static MockHttpServletRequestBuilder figure(String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reporter", "Kazakhstan");
        fields.put("partner", "IL");
        fields.put("indicator", "TRADE_TURNOVER");
        fields.put("period", "Q1 2025");
        fields.put("amount", "1 234 567,5");
        fields.put("currency", "usd");
        fields.put("qualifier", "ABOUT");
        fields.put("changePercent", "−12,5");
        fields.put("changeQualifier", "EXACT");
        fields.put("basisEn", "Test customs statistics");
        fields.put("sources[0].source", "5 · Trend");
        fields.put("sources[0].passage", PASSAGE);
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/figures");
        fields.forEach(request::param);
        return request;
    }

    private String trend() {
        return String.valueOf(new ShippedRecord(jdbc).trendInterview());
    }

    private MockHttpServletRequestBuilder edit(long id, long version, String amount) {
        return post("/figures/" + id).with(csrf()).param("version", String.valueOf(version)).param("reporter", "KZ")
                .param("partner", "IL").param("indicator", "TRADE_TURNOVER").param("period", "Q1 2025").param("amount", amount)
                .param("currency", "USD").param("qualifier", "ABOUT").param("sources[0].source", trend())
                .param("sources[0].passage", PASSAGE);
    }

    private String amount(long id) {
        return jdbc.sql("select amount::text from economic_figure where id = ?").param(id).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from economic_figure where quoted_passage like 'Test passage%'").query(Long.class).single();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return html(get(path).with(who), 200);
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static long idOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The page of the deals Kazakhstan reports signed with the United States in November 2025. */
    private String dealsSigned() {
        return ShippedRecord.address("figures", new ShippedRecord(jdbc).figure("KZ", "US", "DEALS_SIGNED"));
    }
}
