package org.chancery.relations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.chancery.common.web.KeptAsRendered;
import org.chancery.common.web.PageController;
import org.chancery.relations.RelationsQueries;
import org.chancery.state.StateNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /states}: the states of the record; {@code /states/KZ}: one state's page. */
@PageController
class StateController {

    private final RelationsQueries queries;
    private final Clock clock;

    StateController(RelationsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/states")
    String list(Model model) {
        model.addAttribute("states", queries.active());
        return "state/list";
    }

    @KeptAsRendered
    @GetMapping("/states/{code}")
    String state(@PathVariable String code, Model model) {
        if (!code.matches("[A-Za-z]{2}")) {
            throw StateNotFoundException.forCode(code);
        }
        String canonical = code.toUpperCase(Locale.ROOT);
        if (!canonical.equals(code)) {
            return "redirect:/states/" + canonical;
        }
        model.addAttribute("profile", queries.profile(code, LocalDate.now(clock)));
        return "state/detail";
    }
}
