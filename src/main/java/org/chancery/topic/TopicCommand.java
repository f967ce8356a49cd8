package org.chancery.topic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * A topic as admins write it. The code is its key: given when the topic is created, and
 * never changed after (a replacement may repeat it, or leave it out).
 */
public record TopicCommand(
        @Nullable @Pattern(regexp = "[a-z][a-z0-9-]{0,39}",
                message = "lower-case letters, digits and dashes, starting with a letter, such as food-security") String code,
        @NotNull @Valid Bilingual name) {

    public static TopicCommand from(Topic topic) {
        return new TopicCommand(topic.getCode(), new Bilingual(topic.getNameEn(), topic.getNameRu()));
    }
}
