package org.chancery.event.timeline;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's parts (states, participants, institutions, topics, sources) read from the JSON
 * text {@code event_listing} keeps, each distinct text parsed once: the same pair of states,
 * the same empty list, the same event seen on another page are the text they were. Kept by the
 * text itself, so a write that changes a part changes its text and is read anew; nothing is
 * to be invalidated. Bounded by the texts' length ({@value #KEPT_CHARACTERS} characters, the
 * parsed records about as much again). Reading the five parts with Jackson was a tenth of a
 * timeline page's CPU (JFR, Seventh round).
 */
@Component
class ListingParts {

    static final long KEPT_CHARACTERS = 3L * 1024 * 1024;

    /** The part (its type) and the text, since {@code []} is every part's empty list. */
    private record Key(TypeReference<?> type, String text) {
    }

    private final JsonMapper json;
    private final Cache<Key, List<?>> parsed = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS)
            .weigher((Key key, List<?> parts) -> key.text().length())
            .build();

    ListingParts(JsonMapper json) {
        this.json = json;
    }

    /** The part {@code text} holds; kept for the next reader of the same text when {@code keep}. */
    @SuppressWarnings("unchecked")
    <T> List<T> read(String text, TypeReference<List<T>> type, boolean keep) {
        if (!keep) {
            List<T> known = (List<T>) parsed.getIfPresent(new Key(type, text));
            return known != null ? known : List.copyOf(json.readValue(text, type));
        }
        return (List<T>) parsed.get(new Key(type, text), key -> List.copyOf(json.readValue(text, type)));
    }
}
