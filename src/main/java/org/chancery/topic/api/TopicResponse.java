package org.chancery.topic.api;

import java.time.Instant;

import org.chancery.common.Bilingual;
import org.chancery.common.api.VersionedResponse;

/** A topic of the vocabulary as the API serves it; the code is its key. */
public record TopicResponse(String code, Bilingual name, long version, Instant updatedAt) implements VersionedResponse {
}
