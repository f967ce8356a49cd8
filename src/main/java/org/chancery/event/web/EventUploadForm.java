package org.chancery.event.web;

import java.util.Locale;

import org.chancery.event.EventImport;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the file, and whether to check it only (an unticked box sends nothing). */
record EventUploadForm(@Nullable MultipartFile file, @Nullable Boolean checkOnly) {

    static EventUploadForm empty() {
        return new EventUploadForm(null, false);
    }

    boolean checkingOnly() {
        return Boolean.TRUE.equals(checkOnly);
    }

    /** The form of the file, told by its name's ending, or null for a kind of file not taken. */
    EventImport.@Nullable Format format() {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return EventImport.Format.CSV;
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return EventImport.Format.NDJSON;
        }
        return null;
    }
}
