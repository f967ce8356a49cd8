package org.chancery.economy.web;

import org.chancery.common.web.RecordFormErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The figure pages: an unknown figure or version is not found; a deleted figure's forms lead to its address. */
@ControllerAdvice(assignableTypes = {EconomicFigureController.class, EconomicFigureFormController.class})
class FigurePageErrors extends RecordFormErrors {

    FigurePageErrors() {
        super("/figures");
    }
}
