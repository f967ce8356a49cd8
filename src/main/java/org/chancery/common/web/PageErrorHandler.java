package org.chancery.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.common.NotFoundException;
import org.chancery.common.RecordGoneException;
import org.springframework.dao.OptimisticLockingFailureException;
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

    /** Anything the page asked for that is not there: {@code /states/XX}, {@code /sources/999/edit}. */
    @ExceptionHandler
    ModelAndView notFound(NotFoundException exception) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("missing", exception);
        return page;
    }

    /**
     * A deleted record's form or action ({@code /sources/5/edit}, {@code /sources/5/delete}):
     * the deleted record's page, with the button that restores it at its own address.
     */
    @ExceptionHandler
    ModelAndView gone(RecordGoneException exception, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(DeletedRecord.VIEW, HttpStatus.GONE);
        page.addObject(DeletedRecord.ATTRIBUTE, DeletedRecord.of(exception));
        page.addObject("base", recordAddress(request.getRequestURI().substring(request.getContextPath().length())));
        return page;
    }

    /**
     * Two saves of one record crossed inside the database (the later found the version moved
     * on between its read and its write): the record was not changed by this one.
     */
    @ExceptionHandler
    ModelAndView changedMeanwhile(OptimisticLockingFailureException exception) {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }

    /** {@code /events/abc}: no record can have that id, so there is nothing at that address. */
    @ExceptionHandler
    ModelAndView notAnId(MethodArgumentTypeMismatchException exception) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** {@code /sources/5/edit} → {@code /sources/5}: a record's address is its kind and its id. */
    static String recordAddress(String path) {
        String[] segments = path.split("/");
        return segments.length < 3 ? path : "/" + segments[1] + "/" + segments[2];
    }
}
