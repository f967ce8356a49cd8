package org.chancery.common.web;

import org.chancery.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the pages' failures with the error pages of the layout. Only the pages: the API
 * answers its own with problem details. The exception's message is for the log, not the reader.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrorHandler {

    @ExceptionHandler
    ModelAndView notFound(NotFoundException exception) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** {@code /events/abc}: no record can have that id, so there is nothing at that address. */
    @ExceptionHandler
    ModelAndView notAnId(MethodArgumentTypeMismatchException exception) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }
}
