package org.chancery.event.web;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.audit.ChangeLog;
import org.chancery.audit.web.RecordHistory;
import org.chancery.common.RecordGoneException;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.PageController;
import org.chancery.event.EventNotFoundException;
import org.chancery.event.EventQueries;
import org.chancery.event.EventService;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /events/{id}}: everything about one event, each source with its quoted passage, and
 * its history; a deleted event's address says when and why it went.
 */
@PageController
class EventController {

    private final EventQueries queries;
    private final EventService events;
    private final ChangeLog changeLog;

    EventController(EventQueries queries, EventService events, ChangeLog changeLog) {
        this.queries = queries;
        this.events = events;
        this.changeLog = changeLog;
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("detail", queries.detail(id));
        } catch (EventNotFoundException missing) {
            try {
                events.live(id);
            } catch (RecordGoneException gone) {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute(DeletedRecord.ATTRIBUTE, DeletedRecord.of(gone));
                model.addAttribute("history", RecordHistory.of(events.history(id)));
                model.addAttribute("base", "/events/" + id);
                return DeletedRecord.VIEW;
            } catch (RuntimeException notThere) {
                throw missing;
            }
            throw missing;
        }
        model.addAttribute("history", RecordHistory.of(changeLog.historyOf(EventService.RESOURCE, id)));
        model.addAttribute("sameOccasion", queries.sameOccasion(id));
        model.addAttribute("base", "/events/" + id);
        return "event/detail";
    }
}
