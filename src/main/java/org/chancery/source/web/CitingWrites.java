package org.chancery.source.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.chancery.source.Citation;
import org.chancery.source.SourceCommand;
import org.chancery.source.SourceService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a record together with the new sources its form added: the sources first, then the
 * record citing them, in one transaction, so a refused record leaves no stray source behind.
 * A "new" source for an article the record already holds is not added again: the existing
 * source is cited.
 */
@Component
public class CitingWrites {

    private final SourceService sources;

    CitingWrites(SourceService sources) {
        this.sources = sources;
    }

    /**
     * @param write writes the record with its citations (every source now has an id); what it
     *              throws undoes the sources added
     */
    @Transactional
    public <T> T write(List<CitedPassage> cited, Function<List<Citation>, T> write) {
        List<Citation> citations = cited.stream()
                .map(passage -> new Citation(passage.sourceId() != null ? passage.sourceId()
                        : sourceOf(passage.newSource()), passage.passage()))
                .toList();
        return write.apply(citations);
    }

    /**
     * The source a form's row would cite, when the record already holds it: the source picked,
     * or the one that holds the article a "new source" describes.
     */
    public Optional<Long> knownSource(CitedPassage cited) {
        if (cited.sourceId() != null) {
            return Optional.of(cited.sourceId());
        }
        return cited.newSource() == null ? Optional.empty()
                : sources.sameArticle(cited.newSource()).map(SourceService.KnownArticle::id);
    }

    private long sourceOf(SourceCommand article) {
        return sources.sameArticle(article).map(SourceService.KnownArticle::id)
                .orElseGet(() -> sources.create(article).getId());
    }
}
