package org.chancery.economy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class EconomicFigureApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    /** The shipped figures, by what they are. */
    private int deals;
    private int investment;
    private int turnover;
    private int israelAzerbaijan;

    @BeforeEach
    void findTheShippedFigures() {
        ShippedRecord record = new ShippedRecord(jdbc);
        deals = (int) record.figure("KZ", "US", "DEALS_SIGNED");
        investment = (int) record.figure("KZ", "IL", "INVESTMENT_STOCK");
        turnover = (int) record.figure("KZ", "IL", "TRADE_TURNOVER");
        israelAzerbaijan = (int) record.figure("IL", "AZ", "TRADE_TURNOVER");
    }

    @Test
    void theKazakhstanIsraelTurnoverOf2025IsExactly162MillionDollars() throws Exception {
        mvc.perform(get("/api/v1/economic-figures").param("state", "KZ").param("counterpart", "IL")
                        .param("indicator", "trade-turnover"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(turnover))
                .andExpect(jsonPath("$.items[0].reporter.code").value("KZ"))
                .andExpect(jsonPath("$.items[0].reporter.name.en").value("Kazakhstan"))
                .andExpect(jsonPath("$.items[0].partner.name.ru").value("Израиль"))
                .andExpect(jsonPath("$.items[0].indicator").value("TRADE_TURNOVER"))
                .andExpect(jsonPath("$.items[0].period.edtf").value("2025"))
                .andExpect(jsonPath("$.items[0].period.precision").value("YEAR"))
                .andExpect(jsonPath("$.items[0].amount").value("162000000"))
                .andExpect(jsonPath("$.items[0].currency").value("USD"))
                .andExpect(jsonPath("$.items[0].qualifier").value("EXACT"))
                .andExpect(jsonPath("$.items[0].change").doesNotExist())
                .andExpect(jsonPath("$.items[0].basis.en").value(containsString("Kosherbayev")))
                .andExpect(jsonPath("$.items[0].source.id").value((int) new ShippedRecord(jdbc).source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27))))
                .andExpect(jsonPath("$.items[0].source.url").value("https://centrasia.org/newsA.php?st=1769600100"))
                .andExpect(jsonPath("$.items[0].source.quotedPassage").value(containsString("162 млн долл.")))
                .andExpect(jsonPath("$.items[0].version").value(0));
    }

    @Test
    void aPairIsThePairWhicheverOfTheTwoReported() throws Exception {
        List<Integer> kazakhstanIsrael = ids("/api/v1/economic-figures?state=KZ&counterpart=IL");
        List<Integer> israelKazakhstan = ids("/api/v1/economic-figures?state=IL&counterpart=KZ");

        assertThat(kazakhstanIsrael).containsExactly(investment, turnover).isEqualTo(israelKazakhstan);
        assertThat(ids("/api/v1/economic-figures?state=AZ")).containsExactly(israelAzerbaijan);
        assertThat(ids("/api/v1/economic-figures?reporter=IL")).containsExactly(israelAzerbaijan);
        assertThat(ids("/api/v1/economic-figures?partner=IL")).containsExactly(investment, turnover);
        assertThat(ids("/api/v1/economic-figures?reporter=KZ&partner=US&indicator=DEALS_SIGNED")).containsExactly(deals);
    }

    @Test
    void aPeriodKeepsFiguresWhosePeriodMayOverlapIt() throws Exception {
        assertThat(ids("/api/v1/economic-figures?from=2025-06-01&to=2025-06-30")).contains(investment, turnover, israelAzerbaijan).doesNotContain(deals);
        assertThat(ids("/api/v1/economic-figures?from=2025-11-15")).contains(deals, investment, turnover, israelAzerbaijan);
        assertThat(ids("/api/v1/economic-figures?to=2010-12-31")).contains(investment).doesNotContain(deals, turnover, israelAzerbaijan);
    }

    @Test
    void figuresComeWithTheirChangeAndTheirPeriodAsRecorded() throws Exception {
        mvc.perform(get(figure("IL", "AZ", "TRADE_TURNOVER")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.amount").value("360000000"))
                .andExpect(jsonPath("$.qualifier").value("MORE_THAN"))
                .andExpect(jsonPath("$.change.percent").value("50"))
                .andExpect(jsonPath("$.change.qualifier").value("ABOUT"));
        mvc.perform(get(figure("KZ", "IL", "INVESTMENT_STOCK")))
                .andExpect(jsonPath("$.period.edtf").value("2006~/2025~"))
                .andExpect(jsonPath("$.period.earliest").value("2006-01-01"))
                .andExpect(jsonPath("$.period.approximate").value(true))
                .andExpect(jsonPath("$.amount").value("1500000000"));
        mvc.perform(get(figure("KZ", "US", "DEALS_SIGNED")))
                .andExpect(jsonPath("$.period.edtf").value("2025-11"))
                .andExpect(jsonPath("$.amount").value("17000000000"));
    }

    @Test
    void pagesRunByPeriodWithoutGapsOrRepeatsAndTheTotalIsThereWhenAsked() throws Exception {
        List<Integer> all = ids("/api/v1/economic-figures?limit=500");
        List<Integer> paged = new ArrayList<>();
        String next = "/api/v1/economic-figures?limit=1";
        while (next != null) {
            String body = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            paged.addAll(JsonPath.read(body, "$.items[*].id"));
            next = JsonPath.read(body, "$.next");
        }

        assertThat(paged).isEqualTo(all).containsSubsequence(investment, turnover, israelAzerbaijan, deals).doesNotHaveDuplicates();
        assertThat(ids("/api/v1/economic-figures?sort=-period")).containsSubsequence(deals, israelAzerbaijan, turnover, investment);
        mvc.perform(get("/api/v1/economic-figures").param("state", "KZ").param("count", "true"))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void badParametersAreNamedInAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/economic-figures").param("counterpart", "IL").param("reporter", "XX")
                        .param("indicator", "GDP").param("from", "2025-02-30").param("sort", "amount")
                        .param("updatedSince", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder(
                        "counterpart", "reporter", "indicator", "from", "sort", "updatedSince")));
        mvc.perform(get("/api/v1/economic-figures").param("from", "2026-01-01").param("to", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(contains("to")));
    }

    @Test
    void aConditionalReadOfAnUnchangedFigureIsNotModified() throws Exception {
        mvc.perform(get(figure("KZ", "IL", "TRADE_TURNOVER")).header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/economic-figures/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private List<Integer> ids(String url) throws Exception {
        return JsonPath.read(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.items[*].id");
    }

    /** The address of the shipped figure that {@code reporter} reports of {@code partner} for {@code indicator}. */
    private String figure(String reporter, String partner, String indicator) {
        long id = new ShippedRecord(jdbc).figure(reporter, partner, indicator);
        return "/api/v1" + ShippedRecord.address("economic-figures", id);
    }
}
