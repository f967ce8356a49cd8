package org.chancery.browser;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, under the Content-Security-Policy the app sends: the pages, their own
 * scripts and styles load without a single violation and the scripts still work, while a
 * script injected into a page is refused.
 */
@ChanceryIntegrationTest
@SlowTest
class ContentSecurityPolicyBrowserTests extends BrowserTest {

    private static final List<String> PAGES = List.of("/", "/timeline", "/timeline?state=KZ&partner=IL", "/states",
            "/states/KZ", "/relations/KZ/IL", "/agreements", "/sources", "/search?q=Israel", "/events/new",
            "/events/upload", "/figures/new", "/account", "/swagger-ui/index.html");

    @Test
    void thePagesLoadWithoutViolationsTheirScriptsRunAndAnInjectedScriptIsRefused() throws Exception {
        startSignedIn("EDITOR", "en");

        for (String page : PAGES) {
            browser.open(url(page));
            assertThat(browser.contentSecurityPolicyViolations()).as(page).isEmpty();
        }

        browser.open(url("/events/new"));
        browser.choose("kind", "Call");
        assertThat(browser.isShown(By.id("callInitiator"))).as("the form's own script shows a call's field").isTrue();
        assertThat(browser.isShown(By.id("visitLevel"))).isFalse();

        browser.injectInlineScript("window.injected = true;");
        assertThat(browser.evaluate("window.injected === true")).isEqualTo(false);
        assertThat(browser.contentSecurityPolicyViolations()).singleElement().asString().startsWith("script-src");
    }

}
