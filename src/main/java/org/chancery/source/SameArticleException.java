package org.chancery.source;

import org.chancery.common.RecordExistsException;

/**
 * A source written with the address (or, without one, the outlet if any, the title and the day) of an article
 * the record already holds. One article is one source: cite the existing one instead.
 */
public class SameArticleException extends RecordExistsException {

    private final long existingId;
    private final String existingTitle;

    SameArticleException(SourceService.KnownArticle existing) {
        super("sources", existing.id(), "This article is already in the record as source " + existing.id()
                + " (\"" + existing.title() + "\"); cite that source instead of adding it again.");
        this.existingId = existing.id();
        this.existingTitle = existing.title();
    }

    public long existingId() {
        return existingId;
    }

    public String existingTitle() {
        return existingTitle;
    }
}
