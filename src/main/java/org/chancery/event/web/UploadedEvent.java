package org.chancery.event.web;

import java.io.Serializable;
import java.util.Locale;

import org.chancery.common.Language;
import org.chancery.event.EventImport;
import org.jspecify.annotations.Nullable;

/** An event an upload added, as the page after it links to it (a flash attribute: it is kept in the session). */
record UploadedEvent(long id, @Nullable String titleEn, @Nullable String titleRu) implements Serializable {

    static UploadedEvent of(EventImport.Imported imported) {
        return new UploadedEvent(java.util.Objects.requireNonNull(imported.id()), imported.title().en(), imported.title().ru());
    }

    /** The title in the reader's language, or in the other one where it is missing. */
    public String title(Locale locale) {
        String preferred = Language.pick(locale, titleEn, titleRu);
        String other = Language.pick(locale, titleRu, titleEn);
        return preferred != null ? preferred : other != null ? other : "#" + id;
    }
}
