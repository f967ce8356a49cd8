package org.chancery.person.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.common.RecordGoneException;
import org.chancery.common.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/** What the person and office pages answer when their record is not there as the page expected. */
@ControllerAdvice(assignableTypes = {PersonController.class, TermController.class, OfficeController.class})
class PersonPageErrors {

    /** A form of a person who was deleted: their page says when and why, and offers admins to restore them. */
    @ExceptionHandler
    String gone(RecordGoneException gone, HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> path && path.get("id") != null
                ? "redirect:/persons/" + path.get("id")
                : "redirect:/";
    }

    /** No such person, office or version. */
    @ExceptionHandler
    ModelAndView notFound(RecordNotFoundException exception) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** Two saves of one office or person crossed (the later one found the version moved on). */
    @ExceptionHandler
    ModelAndView changedMeanwhile(OptimisticLockingFailureException exception) {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }
}
