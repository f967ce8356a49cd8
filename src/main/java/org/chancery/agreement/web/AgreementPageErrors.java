package org.chancery.agreement.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.common.RecordGoneException;
import org.chancery.common.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the agreement forms answer when there is nothing to edit: an unknown participation,
 * step or version is not found; a deleted agreement's forms lead to its page, which says when
 * and why it was deleted.
 */
@ControllerAdvice(assignableTypes = {AgreementFormController.class, ParticipationController.class})
class AgreementPageErrors {

    @ExceptionHandler
    ModelAndView notFound(RecordNotFoundException exception) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    String gone(RecordGoneException exception, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return "redirect:/agreements/" + path.get("id");
    }
}
