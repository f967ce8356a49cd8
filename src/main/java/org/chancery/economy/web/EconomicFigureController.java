package org.chancery.economy.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.audit.web.GonePage;
import org.chancery.audit.web.RecordHistory;
import org.chancery.common.RecordGoneException;
import org.chancery.common.RecordNotFoundException;
import org.chancery.common.web.PageController;
import org.chancery.economy.EconomicFigureCatalogue;
import org.chancery.economy.EconomicFigureEntry;
import org.chancery.economy.EconomicFigureService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /figures/{id}}: one economic figure, who reported it, for which period, the source and
 * its words, and its history; a deleted figure's address says when and why it went.
 */
@PageController
class EconomicFigureController {

    private final EconomicFigureCatalogue catalogue;
    private final EconomicFigureService figures;

    EconomicFigureController(EconomicFigureCatalogue catalogue, EconomicFigureService figures) {
        this.catalogue = catalogue;
        this.figures = figures;
    }

    @GetMapping("/figures/{id}")
    String figure(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<EconomicFigureEntry> figure = catalogue.entry(id);
        if (figure.isEmpty()) {
            try {
                // Not live: the service tells a deleted figure (gone) from one that never was (not found).
                figures.live(id);
            } catch (RecordGoneException gone) {
                return GonePage.show(gone, figures.history(id), "/figures/" + id, model, response);
            }
            throw RecordNotFoundException.forId("economic figure", id);
        }
        model.addAttribute("figure", figure.get());
        model.addAttribute("history", RecordHistory.of(figures.history(id)));
        model.addAttribute("base", "/figures/" + id);
        return "figure/detail";
    }
}
