package org.chancery.audit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.common.RecordGoneException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page at a deleted record's address ({@code record/gone}, 410 Gone): when and why it was
 * deleted, its history, and for admins the buttons that restore it.
 */
public final class GonePage {

    private GonePage() {
    }

    /**
     * @param base the record's address, such as {@code /events/12}: restoring posts to
     *             {@code base + "/restore"}
     */
    public static String show(RecordGoneException gone, List<ChangeEntry> history, String base, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("gone", gone);
        model.addAttribute("history", RecordHistory.of(history));
        model.addAttribute("base", base);
        return "record/gone";
    }
}
