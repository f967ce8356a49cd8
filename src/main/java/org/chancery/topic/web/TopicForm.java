package org.chancery.topic.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chancery.common.Bilingual;
import org.chancery.topic.Topic;
import org.chancery.topic.TopicCommand;
import org.jspecify.annotations.Nullable;

/**
 * A topic as the form holds it: the code (typed only when it is created: it is the topic's
 * key and never changes), both names, and on an edit the version the form was opened on.
 */
record TopicForm(
        @Pattern(regexp = "\\s*([A-Za-z][A-Za-z0-9-]{0,39})?\\s*", message = "{topic.form.code.format}")
        @Nullable String code,
        @NotBlank(message = "{topic.form.nameEn.required}")
        @Size(max = 2000, message = "{topic.form.name.size}")
        @Nullable String nameEn,
        @NotBlank(message = "{topic.form.nameRu.required}")
        @Size(max = 2000, message = "{topic.form.name.size}")
        @Nullable String nameRu,
        @Nullable Long version) {

    static TopicForm empty() {
        return new TopicForm(null, null, null, null);
    }

    static TopicForm from(Topic topic) {
        return new TopicForm(topic.getCode(), topic.getNameEn(), topic.getNameRu(), topic.getVersion());
    }

    /** The same form, to be saved over {@code savedVersion}. */
    TopicForm withVersion(long savedVersion) {
        return new TopicForm(code, nameEn, nameRu, savedVersion);
    }

    /** The code as the vocabulary keeps it (Food-Security → food-security), or null where none was typed. */
    @Nullable String typedCode() {
        return code == null || code.isBlank() ? null : code.strip().toLowerCase(Locale.ROOT);
    }

    /** What the service writes under {@code code}, once the form is valid. */
    TopicCommand command(@Nullable String code) {
        return new TopicCommand(code, new Bilingual(strip(nameEn), strip(nameRu)));
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
