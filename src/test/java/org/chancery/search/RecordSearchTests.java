package org.chancery.search;

import java.util.List;

import org.chancery.search.RecordSearch.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordSearchTests {

    @Test
    void splitsAHeadlineIntoTheMatchedWordsAndTheTextAroundThem() {
        assertThat(RecordSearch.parts("Saar visited \u27e6Astana\u27e7 on 27 \u27e6January\u27e7."))
                .containsExactly(new Part("Saar visited ", false), new Part("Astana", true), new Part(" on 27 ", false),
                        new Part("January", true), new Part(".", false));
        assertThat(RecordSearch.parts("nothing matched")).containsExactly(new Part("nothing matched", false));
        assertThat(RecordSearch.parts("")).isEqualTo(List.of());
    }
}
