package org.chancery.relations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.chancery.common.web.PageController;
import org.chancery.relations.PairDashboard;
import org.chancery.relations.Relations;
import org.chancery.state.StateNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /relations/KZ/IL}: the dashboard of a pair of states, as of today. */
@PageController
class RelationsController {

    private final Relations relations;
    private final Clock clock;

    RelationsController(Relations relations, Clock clock) {
        this.relations = relations;
        this.clock = clock;
    }

    @GetMapping("/relations/{a}/{b}")
    String dashboard(@PathVariable String a, @PathVariable String b, Model model, Locale locale) {
        String codeA = code(a);
        String codeB = code(b);
        if (codeA.equals(codeB)) {
            return "redirect:/states/" + codeA;
        }
        if (!codeA.equals(a) || !codeB.equals(b)) {
            return "redirect:/relations/" + codeA + "/" + codeB;
        }
        PairDashboard dashboard = relations.dashboard(codeA, codeB, LocalDate.now(clock));
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
