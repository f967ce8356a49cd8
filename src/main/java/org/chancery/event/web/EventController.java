package org.chancery.event.web;

import org.chancery.common.web.PageController;
import org.chancery.event.EventDetails;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /events/{id}}: everything about one event, each source with its quoted passage. */
@PageController
class EventController {

    private final EventDetails details;

    EventController(EventDetails details) {
        this.details = details;
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable long id, Model model) {
        model.addAttribute("detail", details.detail(id));
        return "event/detail";
    }
}
