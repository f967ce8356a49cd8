package org.chancery.common;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextQueryTests {

    @Test
    void keepsOnlyWordsSoNothingTypedReachesTheQuerySyntax() {
        TextQuery query = TextQuery.of("Астана: & 'визы' | !водные:* 2026");

        assertThat(query.words()).containsExactly("астана", "визы", "водные", "2026");
        assertThat(query.parameters("q")).isEqualTo(Map.of("qText", "Астана: & 'визы' | !водные:* 2026",
                "qWord0", "астана", "qWord1", "визы", "qWord2", "водные", "qWord3", "2026"));
    }

    @Test
    void everyWordMustMatchAsAPrefixOfItsStemInEitherLanguage() {
        String condition = TextQuery.of("Saar Астана").condition("v", "q");

        assertThat(condition).isEqualTo("(v @@ (websearch_to_tsquery('english', :qText) || websearch_to_tsquery('russian', :qText))"
                + " or v @@ ((to_tsquery('english', :qWord0 || ':*') || to_tsquery('russian', :qWord0 || ':*'))"
                + " && (to_tsquery('english', :qWord1 || ':*') || to_tsquery('russian', :qWord1 || ':*'))))");
    }

    @Test
    void readsAtMostEightWordsAndNoneFromPunctuation() {
        assertThat(TextQuery.of("a b c d e f g h i j").words()).hasSize(TextQuery.MAX_WORDS);
        assertThat(TextQuery.of("%_ *").isEmpty()).isTrue();
    }
}
