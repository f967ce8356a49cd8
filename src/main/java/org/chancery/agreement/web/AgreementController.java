package org.chancery.agreement.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.agreement.AgreementRecords;
import org.chancery.agreement.AgreementRecords.AgreementDetail;
import org.chancery.agreement.AgreementService;
import org.chancery.audit.web.GonePage;
import org.chancery.audit.web.RecordHistory;
import org.chancery.common.RecordGoneException;
import org.chancery.common.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /agreements}: every agreement; {@code /agreements/{id}}: its participants at their own
 * stages and its history, or, once deleted, when and why (answered 410 Gone).
 */
@PageController
class AgreementController {

    private final AgreementRecords agreements;
    private final AgreementService service;
    private final Clock clock;

    AgreementController(AgreementRecords agreements, AgreementService service, Clock clock) {
        this.agreements = agreements;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    String list(Model model) {
        model.addAttribute("agreements", agreements.all());
        return "agreement/list";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable long id, Model model, HttpServletResponse response) {
        AgreementDetail detail = agreements.detail(id, LocalDate.now(clock));
        if (detail.isDeleted()) {
            return GonePage.show(new RecordGoneException("agreement", id, detail.deletedAt(), detail.deletionReason()),
                    service.history(id), "/agreements/" + id, model, response);
        }
        model.addAttribute("detail", detail);
        model.addAttribute("history", RecordHistory.of(service.history(id)));
        return "agreement/detail";
    }
}
