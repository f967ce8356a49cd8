package org.chancery.relations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.web.KeptAsRendered;
import org.chancery.common.web.PageController;
import org.chancery.relations.PairDashboard;
import org.chancery.relations.RelationsQueries;
import org.chancery.state.StateNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /relations/KZ/IL}: the dashboard of a pair of states, as of today;
 * {@code ?since=2025-11-07} keeps the latest events from that day on.
 */
@PageController
class RelationsController {

    private final RelationsQueries relations;
    private final Clock clock;

    RelationsController(RelationsQueries relations, Clock clock) {
        this.relations = relations;
        this.clock = clock;
    }

    @KeptAsRendered
    @GetMapping("/relations/{a}/{b}")
    String dashboard(@PathVariable String a, @PathVariable String b, @RequestParam(required = false) @Nullable String since,
            Model model, Locale locale, HttpServletResponse response) {
        String codeA = code(a);
        String codeB = code(b);
        if (codeA.equals(codeB)) {
            return "redirect:/states/" + codeA;
        }
        if (!codeA.equals(a) || !codeB.equals(b)) {
            return "redirect:/relations/" + codeA + "/" + codeB;
        }
        LocalDate sinceDay = null;
        if (since != null && !since.isBlank()) {
            try {
                sinceDay = LocalDate.parse(since.strip());
            } catch (DateTimeParseException notADay) {
                // kept as typed and marked; the dashboard shows everything meanwhile
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("sinceInvalid", true);
            }
        }
        model.addAttribute("since", since);
        PairDashboard dashboard = relations.dashboard(codeA, codeB, LocalDate.now(clock), sinceDay);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", FigureChart.of(dashboard.figures(), locale));
        return "relations/dashboard";
    }

    /** The canonical upper-case alpha-2 code; anything else cannot name a state. */
    private static String code(String typed) {
        if (!typed.matches("[A-Za-z]{2}")) {
            throw StateNotFoundException.forCode(typed);
        }
        return typed.toUpperCase(Locale.ROOT);
    }
}
