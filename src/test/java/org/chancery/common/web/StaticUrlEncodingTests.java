package org.chancery.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StaticUrlEncodingTests {

    private final List<String> lookups = new ArrayList<>();
    private final StaticUrlEncoding.Filter filter = filter();

    @Test
    void aLinkToAStaticFileGetsItsHashedNameAndKeepsItsQuery() {
        assertThat(filter.encode("/css/chancery.css?x=1#top", "")).isEqualTo("/css/chancery-abc.css?x=1#top");
        assertThat(filter.encode("/app/js/upload.js", "/app")).isEqualTo("/app/js/upload-abc.js");
    }

    @Test
    void theChainIsAskedOnceAStaticFileAndNeverForAPage() {
        for (int i = 0; i < 100; i++) {
            filter.encode("/css/chancery.css", "");
            assertThat(filter.encode("/events/" + i, "")).isEqualTo("/events/" + i);
            assertThat(filter.encode("/timeline?state=KZ&cursor=" + i, "")).isEqualTo("/timeline?state=KZ&cursor=" + i);
        }
        assertThat(lookups).containsExactly("/css/chancery.css");
    }

    @Test
    void aStaticLinkTheChainDoesNotKnowStaysAsItIs() {
        assertThat(filter.encode("/css/missing.css", "")).isEqualTo("/css/missing.css");
    }

    private StaticUrlEncoding.Filter filter() {
        return new StaticUrlEncoding.Filter(lookupPath -> {
            lookups.add(lookupPath);
            return lookupPath.contains("missing") ? null : lookupPath.replaceFirst("\\.(css|js)$", "-abc.$1");
        });
    }
}
