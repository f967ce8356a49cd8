package org.chancery.economy.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.api.ApiController;
import org.chancery.common.api.CsvWriter;
import org.chancery.common.api.ExportResponse;
import org.chancery.economy.EconomicFigureCriteria;
import org.chancery.economy.EconomicFigureEntry;
import org.chancery.economy.EconomicFigureQueries;
import org.chancery.state.StateDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/economic-figures.csv}: every figure that matches, oldest period first, each
 * with its source and the passage that gives it. The period is written as recorded (EDTF,
 * with its bounds); amounts as plain decimals, never in exponent form.
 */
@ApiController("/api/v1")
class EconomicFigureExportController {

    static final List<String> HEADER = List.of("id", "reporter", "partner", "indicator", "period", "period_earliest",
            "period_latest", "amount", "currency", "qualifier", "change_percent", "change_qualifier", "basis_en",
            "basis_ru", "source_id", "source_outlet", "source_url", "quoted_passage");

    private final EconomicFigureQueries figures;
    private final StateDirectory states;

    EconomicFigureExportController(EconomicFigureQueries figures, StateDirectory states) {
        this.figures = figures;
        this.states = states;
    }

    @Operation(summary = "The economic figures that match as CSV (RFC 4180, a header line first)", responses = @ApiResponse(
            responseCode = "200", description = "The economic figures that match as CSV (RFC 4180, a header line first)", content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string"),
            examples = @ExampleObject(value = "id,reporter,partner,period,indicator,amount,currency\r\n1,KZ,IL,2025,TRADE_TURNOVER,162000000,USD\r\n"))))
    @GetMapping("/economic-figures.csv")
    void csv(EconomicFigureParameters parameters, HttpServletResponse response) throws IOException {
        EconomicFigureCriteria filter = parameters.parse(states::exists);
        ExportResponse export = ExportResponse.start(response, CsvWriter.MEDIA_TYPE, "chancery-economic-figures.csv");
        CsvWriter csv = new CsvWriter(export.writer());
        export.writeAll(() -> {
            csv.row(HEADER);
            figures.forEach(filter, export.rows(figure -> csv.row(fields(figure))));
        });
    }

    static List<@Nullable String> fields(EconomicFigureEntry figure) {
        return Arrays.asList(
                String.valueOf(figure.id()),
                figure.reporterCode(),
                figure.partnerCode(),
                figure.indicator().name(),
                figure.period().toEdtf(),
                figure.period().earliest().toString(),
                figure.period().latest().toString(),
                plain(figure.amount()),
                figure.currency(),
                figure.qualifier().name(),
                plain(figure.changePercent()),
                figure.changeQualifier() == null ? null : figure.changeQualifier().name(),
                figure.basisEn(),
                figure.basisRu(),
                String.valueOf(figure.source().id()),
                figure.source().outlet(),
                figure.source().url(),
                figure.source().quotedPassage());
    }

    /** 162000000, 1.5, 0: no exponent, no trailing zeros the column's scale adds. */
    private static @Nullable String plain(@Nullable BigDecimal number) {
        if (number == null) {
            return null;
        }
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
