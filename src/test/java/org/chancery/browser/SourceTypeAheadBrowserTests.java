package org.chancery.browser;

import java.time.Duration;

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
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Object offered = null;
        while (System.nanoTime() < deadline && offered == null) {
            offered = browser.script("""
                    var o = Array.from(document.getElementById('source-options').options)
                      .find(function (o) { return o.value.indexOf('Каспийском регионе') >= 0; });
                    return o ? o.value : null;""");
            Thread.sleep(50);
        }
        assertThat(String.valueOf(offered)).startsWith(article + " · Независимая газета (CentrAsia) — Израиль расширяет влияние");
    }
}
