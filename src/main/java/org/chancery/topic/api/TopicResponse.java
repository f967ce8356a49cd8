package org.chancery.topic.api;

import java.time.Instant;

import org.chancery.common.Bilingual;
import org.chancery.common.api.VersionedResponse;
import org.chancery.topic.TopicEntry;

/** A topic of the vocabulary as the API serves it; the code is its key. */
public record TopicResponse(String code, Bilingual name, long version, Instant updatedAt) implements VersionedResponse {

    static TopicResponse from(TopicEntry topic) {
        return new TopicResponse(topic.code(), topic.name(), topic.version(), topic.updatedAt());
    }
}
