package org.chancery.home;

import org.chancery.event.EventQueries;
import org.chancery.event.timeline.TimelineFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest events of the record. */
@Controller
class HomeController {

    static final int LATEST = 50;

    private final EventQueries eventQueries;

    HomeController(EventQueries eventQueries) {
        this.eventQueries = eventQueries;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("entries", eventQueries.page(TimelineFilter.everything(), null, LATEST).entries());
        return "home";
    }
}
