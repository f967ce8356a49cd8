package org.chancery.agreement.web;

import org.chancery.common.web.RecordFormErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The agreement forms: an unknown participation, step or version is not found; a deleted agreement's forms lead to its address. */
@ControllerAdvice(assignableTypes = {AgreementFormController.class, ParticipationController.class})
class AgreementPageErrors extends RecordFormErrors {

    AgreementPageErrors() {
        super("/agreements");
    }
}
