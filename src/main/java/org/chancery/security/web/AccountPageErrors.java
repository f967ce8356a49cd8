package org.chancery.security.web;

import org.chancery.common.NotFoundException;
import org.chancery.common.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The account pages' failures as the layout's error pages; what went wrong is for the log, not the page. */
@ControllerAdvice(assignableTypes = {AccountAdminController.class, OwnAccountController.class})
class AccountPageErrors {

    /** An unknown account or token, someone else's token, or an id that is not a number. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** The account changed since its form was opened: the change is not made over it. */
    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ModelAndView changedMeanwhile() {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }
}
