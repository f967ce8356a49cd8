package org.chancery.agreement.web;

import java.time.Clock;
import java.time.LocalDate;

import org.chancery.agreement.AgreementRecords;
import org.chancery.common.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /agreements}: every agreement; {@code /agreements/{id}}: its participants at their own stages. */
@PageController
class AgreementController {

    private final AgreementRecords agreements;
    private final Clock clock;

    AgreementController(AgreementRecords agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    String list(Model model) {
        model.addAttribute("agreements", agreements.all());
        return "agreement/list";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable long id, Model model) {
        model.addAttribute("detail", agreements.detail(id, LocalDate.now(clock)));
        return "agreement/detail";
    }
}
