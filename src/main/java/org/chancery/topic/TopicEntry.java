package org.chancery.topic;

import java.time.Instant;

import org.chancery.common.Bilingual;

/** A topic of the vocabulary as the list shows it; the code is its key. */
public record TopicEntry(String code, Bilingual name, long version, Instant updatedAt) {
}
