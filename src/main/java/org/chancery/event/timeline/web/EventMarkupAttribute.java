package org.chancery.event.timeline.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link EventMarkup} into every page's model as {@code eventMarkup}: the fragments write
 * its text with {@code th:utext}, where Thymeleaf refuses a bean reference ({@code @eventMarkup})
 * but reads a model attribute.
 */
@ControllerAdvice(annotations = Controller.class)
class EventMarkupAttribute {

    private final EventMarkup markup;

    EventMarkupAttribute(EventMarkup markup) {
        this.markup = markup;
    }

    @ModelAttribute("eventMarkup")
    EventMarkup eventMarkup() {
        return markup;
    }
}
