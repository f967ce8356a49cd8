package org.chancery.economy.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.common.api.CsvReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class EconomicFigureExportIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void exportsEveryFigureWithItsPeriodAsRecordedAndItsSource() throws Exception {
        mvc.perform(get("/api/v1/economic-figures.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"chancery-economic-figures.csv\""));
        List<Map<String, String>> figures = figures(get("/api/v1/economic-figures.csv"));

        assertThat(figures).anySatisfy(figure -> assertThat(figure)
                .containsEntry("reporter", "KZ").containsEntry("partner", "IL")
                .containsEntry("indicator", "TRADE_TURNOVER")
                .containsEntry("period", "2025").containsEntry("period_earliest", "2025-01-01")
                .containsEntry("period_latest", "2025-12-31")
                .containsEntry("amount", "162000000").containsEntry("currency", "USD")
                .containsEntry("qualifier", "EXACT")
                .containsEntry("change_percent", "").containsEntry("change_qualifier", "")
                .containsEntry("source_id", "4")
                .hasEntrySatisfying("quoted_passage", passage -> assertThat(passage).contains("162 млн долл.")));
        assertThat(figures).anySatisfy(figure -> assertThat(figure)
                .containsEntry("indicator", "INVESTMENT_STOCK")
                .containsEntry("period", "2006~/2025~").containsEntry("amount", "1500000000"));
        assertThat(figures).allSatisfy(figure -> assertThat(figure.get("amount")).matches("\\d+(\\.\\d+)?"));
    }

    @Test
    void aPairMeansEitherStateReporting() throws Exception {
        List<Map<String, String>> azerbaijanIsrael = figures(get("/api/v1/economic-figures.csv")
                .param("state", "AZ").param("counterpart", "IL"));

        assertThat(azerbaijanIsrael).singleElement().satisfies(figure -> assertThat(figure)
                .containsEntry("reporter", "IL").containsEntry("partner", "AZ")
                .containsEntry("amount", "360000000").containsEntry("qualifier", "MORE_THAN")
                .containsEntry("change_percent", "50").containsEntry("change_qualifier", "ABOUT"));
    }

    @Test
    void filtersByStateIndicatorAndPeriod() throws Exception {
        assertThat(figures(get("/api/v1/economic-figures.csv").param("state", "us")))
                .isNotEmpty().allSatisfy(figure -> assertThat(List.of(figure.get("reporter"), figure.get("partner"))).contains("US"));
        assertThat(figures(get("/api/v1/economic-figures.csv").param("indicator", "trade_turnover,EXPORTS")))
                .isNotEmpty().extracting(figure -> figure.get("indicator")).containsOnly("TRADE_TURNOVER");
        assertThat(figures(get("/api/v1/economic-figures.csv").param("from", "2026-01-01")))
                .extracting(figure -> figure.get("period")).doesNotContain("2025", "2025-11");
        assertThat(figures(get("/api/v1/economic-figures.csv").param("from", "2025-11-15").param("to", "2025-11-15")))
                .extracting(figure -> figure.get("period")).contains("2025-11", "2025");
    }

    @Test
    void badFiltersAreNamedInAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/economic-figures.csv").param("state", "XX").param("indicator", "GDP")
                        .param("from", "2025-13-01").accept(MediaType.parseMediaType("text/csv")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("state", "indicator", "from")));
        mvc.perform(get("/api/v1/economic-figures.csv").param("counterpart", "IL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("counterpart"));
    }

    private List<Map<String, String>> figures(MockHttpServletRequestBuilder request) throws Exception {
        String csv = mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> records = CsvReader.parse(csv);
        assertThat(records.getFirst()).isEqualTo(EconomicFigureExportController.HEADER);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).hasSameSizeAs(EconomicFigureExportController.HEADER);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(EconomicFigureExportController.HEADER.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
