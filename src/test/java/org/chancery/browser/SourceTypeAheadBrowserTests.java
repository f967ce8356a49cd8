package org.chancery.browser;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the figure form, like the event and step forms, lists no source; typing a
 * few letters of an article's title into a source field offers it from the server, and picking
 * it fills the field with the source's label.
 */
@ChanceryIntegrationTest
@SlowTest
class SourceTypeAheadBrowserTests extends BrowserTest {

    @Test
    void aSourceFieldOffersTheSourcesTheTypedWordsFitFromTheServer() throws Exception {
        long article = jdbc.sql("select id from source where url = 'https://centrasia.org/newsA.php?st=1769600100'")
                .query(Long.class).single();
        startSignedIn("EDITOR", "en");
        browser.open(url("/figures/new"));
        assertThat(browser.script("return document.getElementById('source-options').options.length;"))
                .as("sources listed in the page").isEqualTo(0L);

        browser.type("sources0.source", "каспийск");
        String offered = browser.pickSuggestion("sources0.source", "Каспийском регионе");
        assertThat(offered).startsWith(article + " · Независимая газета (CentrAsia) — Израиль расширяет влияние");
    }
}
