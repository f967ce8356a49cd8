package org.chancery.audit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.audit.DeletedRecordQueries;
import org.chancery.common.query.KeysetCursor;
import org.chancery.common.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /admin/deleted}: every deleted record, newest deletion first, each with who
 * deleted it, when and why, linking to its address, where an admin restores it.
 */
@PageController
class DeletedRecordsController {

    static final int PAGE_SIZE = 50;

    private final DeletedRecordQueries deleted;

    DeletedRecordsController(DeletedRecordQueries deleted) {
        this.deleted = deleted;
    }

    @GetMapping("/admin/deleted")
    String list(@RequestParam(required = false) @Nullable String after, Model model, HttpServletResponse response) {
        KeysetCursor cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = KeysetCursor.decode(after);
                model.addAttribute("page", deleted.newestFirst(PAGE_SIZE, cursor));
                model.addAttribute("continued", true);
                return "admin/deleted/list";
            } catch (IllegalArgumentException notOurs) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("unreadableCursor", true);
            }
        }
        model.addAttribute("page", deleted.newestFirst(PAGE_SIZE, null));
        return "admin/deleted/list";
    }
}
