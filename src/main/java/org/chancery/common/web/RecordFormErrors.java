package org.chancery.common.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chancery.common.RecordGoneException;
import org.chancery.common.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a record's form pages answer when there is nothing to change: an unknown record, part
 * of one or version is not found (404); the forms of a deleted record lead to its address,
 * which says when and why it was deleted. A feature's advice extends this, naming its
 * controllers ({@code @ControllerAdvice(assignableTypes = …)}) and its records' address.
 */
public abstract class RecordFormErrors {

    private final String records;

    /** @param records the records' address, such as {@code /agreements}; a record's is {@code records/{id}} */
    protected RecordFormErrors(String records) {
        this.records = records;
    }

    @ExceptionHandler
    public ModelAndView notFound(RecordNotFoundException exception) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    public String gone(RecordGoneException exception, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return "redirect:" + records + "/" + path.get("id");
    }
}
