package org.chancery.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chancery.TestAccounts;

/**
 * What a browser test that holds every kind of page ({@link PageKinds}) to one rule needs: the
 * app, a browser, accounts to sign in with, and a walk over the pages that notes what the rule
 * finds on each.
 */
abstract class EveryPageBrowserTest extends BrowserTest {

    PageKinds pages() {
        accounts = new TestAccounts(jdbc, encoder);
        return PageKinds.of(jdbc);
    }

    void signInAsAdministrator() throws InterruptedException {
        browser.signIn(url(""), accounts.create("ADMIN"), TestAccounts.PASSWORD);
    }

    /** Opens each page and notes what {@code rule} finds there, each finding after the page's address. */
    List<String> findOn(List<String> pages, String screen, Supplier<List<String>> rule) {
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            browser.open(url(page));
            List<String> onThisPage = rule.get();
            if (!onThisPage.isEmpty()) {
                found.add(page + " (" + screen + "): " + onThisPage);
            }
        }
        return found;
    }
}
