package org.chancery.browser;

import java.util.ArrayList;
import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, read on a phone 390 and 360 px wide, in English and Russian, fits the
 * screen (and the pair dashboard's briefing fits a laptop's): the page never scrolls sideways and nothing sticks out past its right edge, except
 * inside a container that visibly scrolls (a wide table in its {@code .table-scroll} wrapper).
 * List pages fold their filters away and offer a link that skips to the results.
 */
@ChanceryIntegrationTest
@SlowTest
class PhoneWidthBrowserTests extends EveryPageBrowserTest {

    /**
     * What sticks out: the page's own width beyond the screen, and every shown element whose
     * right edge passes the screen and which no scrolling container with a cue holds.
     */
    static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth > width) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            const scrolls = el => {
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX;
                if ((x === 'auto' || x === 'scroll') && p.getBoundingClientRect().right <= width + 0.5) {
                  return p.classList.contains('table-scroll') || p.tagName === 'PRE';
                }
              }
              return false;
            };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].join('.') : '')
                + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
              if (box.right > width + 0.5 && !scrolls(el)) {
                found.push(name(el) + ' ends at ' + Math.round(box.right) + ' px');
              }
            }
            return found.slice(0, 25);""";

    @Test
    void everyPageFitsAPhone390And360PxWideInEnglish() throws Exception {
        assertThat(overflowOnEveryPage("en")).isEmpty();
    }

    @Test
    void everyPageFitsAPhone390And360PxWideInRussian() throws Exception {
        assertThat(overflowOnEveryPage("ru")).isEmpty();
    }

    @Test
    void onAPhoneTheTimelineFoldsItsFiltersAndSkipsToTheResults() throws Exception {
        browser = Browser.start("en", 390, 844);
        browser.emulatePhone(390, 844);
        browser.open(url("/timeline"));

        assertThat(browser.isShown(By.id("filter-state"))).as("the filters are folded away").isFalse();
        Number resultsTop = (Number) browser.evaluate("document.getElementById('results').getBoundingClientRect().top");
        assertThat(resultsTop.intValue()).as("the first results are within the first screen").isLessThan(844);

        browser.clickLink("Skip to results");
        assertThat(browser.currentUrl()).endsWith("#results");
        browser.click(By.cssSelector("details.filters-fold > summary"));
        assertThat(browser.isShown(By.id("filter-state"))).as("a tap unfolds the filters").isTrue();
    }

    @Test
    void thePairDashboardsBriefingFitsOneLaptopScreenInBothLanguages() throws Exception {
        for (String language : List.of("en", "ru")) {
            browser = Browser.start(language, 1366, 768);
            browser.emulateScreen(1366, 768, false);
            browser.open(url("/relations/KZ/IL"));
            browser.screenshot(java.nio.file.Path.of("target/screenshots/dashboard-1366-" + language + ".png"));

            for (String part : List.of("pending-heading", "latest-heading", "planned-heading")) {
                Number top = (Number) browser.evaluate("document.getElementById('" + part + "').getBoundingClientRect().top");
                assertThat(top.intValue()).as("%s in %s starts on the first screen", part, language).isLessThan(300);
            }
            Number pendingEnd = (Number) browser.evaluate("document.querySelector('.pending').getBoundingClientRect().bottom");
            assertThat(pendingEnd.intValue()).as("everything pending is on the first screen (%s)", language).isLessThanOrEqualTo(768);
            Number firstPlanned = (Number) browser.evaluate(
                    "document.querySelector('#planned-heading ~ .planned').getBoundingClientRect().bottom");
            assertThat(firstPlanned.intValue()).as("the next planned event is on the first screen (%s)", language).isLessThanOrEqualTo(768);
            browser.close();
            browser = null;
        }
    }

    private List<String> overflowOnEveryPage(String language) throws Exception {
        PageKinds pages = pages();
        List<String> found = new ArrayList<>();
        browser = Browser.start(language, 390, 844);
        for (int width : new int[] {390, 360}) {
            browser.emulatePhone(width, 844);
            found.addAll(findOn(pages.public_, width + " px", this::overflow));
            signInAsAdministrator();
            found.addAll(findOn(pages.staff, width + " px", this::overflow));
            found.addAll(findOn(pages.admin, width + " px", this::overflow));
            browser.deleteCookies();
        }
        return found;
    }

    private List<String> overflow() {
        Object overflow = browser.script(OVERFLOW);
        return overflow instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
