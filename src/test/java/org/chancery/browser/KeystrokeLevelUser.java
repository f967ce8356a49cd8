package org.chancery.browser;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;

/**
 * A person at the keyboard and mouse, as the Keystroke-Level Model counts them (Card, Moran &
 * Newell, <i>The Psychology of Human-Computer Interaction</i>, 1983, ch. 8; the same authors'
 * "The keystroke-level model for user performance time with interactive systems", CACM 23(7),
 * 1980): every move is made in the {@link Browser} for real and counted as the model's
 * operators, which {@link Tally#seconds()} turns into a human time.
 *
 * <ul>
 *   <li>K, a key (0.28 s, an average non-secretarial typist of 40 words a minute): every
 *       character typed, Tab, Enter, an arrow key, each key of a chord (Ctrl+V is two), and two
 *       for switching the keyboard between Latin and Cyrillic letters;</li>
 *   <li>P, pointing at a target with the mouse (1.1 s);</li>
 *   <li>B, a mouse button pressed or released (0.1 s; a click is two);</li>
 *   <li>H, the hand moving between keyboard and mouse (0.4 s);</li>
 *   <li>M, mental preparation (1.35 s), counted once per decision: before filling a field
 *       (recalling what the article says goes there), before choosing from a list or among
 *       suggestions, before pressing a button, and before finding a passage in the article to
 *       copy; never between the keys of one string;</li>
 *   <li>R, the system's response: a page load, counted and charged {@link #PAGE_LOAD} each (the
 *       model's R is the time the user waits; an app on the same LAN answers a form in well under
 *       that, so it is generous).</li>
 * </ul>
 *
 * A field is reached with Tab when it lies at most three stops after the focused one and the
 * hands are on the keyboard, else by a click; a suggestion is picked with the arrow keys and
 * Enter once the list offers it. Reading the article and deciding what is news are not
 * counted: they cost the same whatever the form.
 */
final class KeystrokeLevelUser {

    static final double K = 0.28;
    static final double P = 1.1;
    static final double B = 0.1;
    static final double H = 0.4;
    static final double M = 1.35;
    static final double PAGE_LOAD = 1.0;

    /** The operators counted so far. */
    static final class Tally {
        int keys;
        int points;
        int buttons;
        int homings;
        int decisions;
        int pageLoads;
        /** Of the keys, the characters of text typed into fields. */
        int typed;

        double seconds() {
            return keys * K + points * P + buttons * B + homings * H + decisions * M + pageLoads * PAGE_LOAD;
        }

        Tally minus(Tally earlier) {
            Tally difference = new Tally();
            difference.keys = keys - earlier.keys;
            difference.points = points - earlier.points;
            difference.buttons = buttons - earlier.buttons;
            difference.homings = homings - earlier.homings;
            difference.decisions = decisions - earlier.decisions;
            difference.pageLoads = pageLoads - earlier.pageLoads;
            difference.typed = typed - earlier.typed;
            return difference;
        }

        Tally copy() {
            return minus(new Tally());
        }
    }

    private final Browser browser;
    private final Tally tally = new Tally();
    private boolean handOnMouse;
    private boolean cyrillicLayout;

    KeystrokeLevelUser(Browser browser) {
        this.browser = browser;
    }

    /** What has been counted so far (a copy). */
    Tally tally() {
        return tally.copy();
    }

    /**
     * Fills the field with this id with text typed key by key, replacing what it held; a field
     * that already holds the text (the form filled it in) costs nothing.
     */
    void fill(String id, String text) {
        if (browser.value(By.id(id)).equals(text)) {
            return;
        }
        tally.decisions++;
        boolean selected = focus(id);
        if (!selected && !browser.value(By.id(id)).isEmpty()) {
            keyboard();
            tally.keys += 2;
            browser.keys(Keys.chord(Keys.CONTROL, "a"));
        }
        type(text);
        expectValue(id, text);
    }

    /** Empties a field the form filled in: reach it, select its text if a click reached it, Delete. */
    void clear(String id) {
        tally.decisions++;
        if (!focus(id)) {
            keyboard();
            tally.keys += 2;
            browser.keys(Keys.chord(Keys.CONTROL, "a"));
        }
        keyboard();
        tally.keys++;
        browser.keys(Keys.DELETE);
        expectValue(id, "");
    }

    /** Types a day into a date field as its digits ({@code 01272026}), which the field shows as {@code value}. */
    void fillDate(String id, String digits, String value) {
        tally.decisions++;
        focus(id);
        type(digits);
        expectValue(id, value);
    }

    /** Checks, at no cost, that the field holds {@code text} (the form or a pick filled it in). */
    void expect(String id, String text) {
        expectValue(id, text);
    }

    /** What the field holds now. */
    String value(String id) {
        return browser.value(By.id(id));
    }

    /** Whether the page has no field with this id. */
    boolean browserFieldMissing(String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]) === null;", id));
    }

    /** The address of the page shown. */
    String browserAddress() {
        return browser.currentUrl();
    }

    /**
     * Copies a passage of the article (open in another window) into the field: to the article
     * (Alt+Tab), select it by dragging, Ctrl+C, back (Alt+Tab), reach the field, Ctrl+V.
     */
    void paste(String id, String text) {
        tally.decisions++;
        tally.keys += 2;
        mouse();
        tally.points += 2;
        tally.buttons += 2;
        tally.keys += 4;
        focus(id);
        tally.keys += 2;
        browser.script("""
                var field = document.getElementById(arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new Event('input', {bubbles: true}));""", id, text);
        expectValue(id, text);
    }

    /**
     * Chooses the option showing {@code shown} in the select with this id by typing its first
     * letters, as many as a closed select needs to jump to it (the first option that starts
     * with what was typed; a driver cannot type into a headless select, so the choice itself is
     * made through the page).
     */
    void choose(String id, String shown) {
        if (shown.equals(selectedText(id))) {
            return;
        }
        tally.decisions++;
        focus(id);
        keyboard();
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) browser.script(
                "return Array.from(document.getElementById(arguments[0]).options).map(function (o) { return o.text.trim(); });", id);
        int letters = 1;
        while (!shown.equals(firstStartingWith(options, shown.substring(0, letters)))) {
            if (++letters > shown.length()) {
                throw new AssertionError(id + " offers no option " + shown + ": " + options);
            }
        }
        tally.keys += letters;
        browser.script("""
                var select = document.getElementById(arguments[0]), shown = arguments[1];
                select.selectedIndex = Array.from(select.options).findIndex(function (o) { return o.text.trim() === shown; });
                select.dispatchEvent(new Event('change', {bubbles: true}));""", id, shown);
        if (!shown.equals(selectedText(id))) {
            throw new AssertionError(id + " shows " + selectedText(id) + ", not " + shown);
        }
    }

    private static String firstStartingWith(List<String> options, String prefix) {
        return options.stream().filter(o -> o.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)))
                .findFirst().orElse("");
    }

    /**
     * Types {@code typed} into the field key by key until the server's suggestions offer the
     * candidate whose text holds {@code shown}, then picks it with the arrow keys and Enter.
     *
     * @return the characters it took
     */
    int pick(String id, String typed, String shown) throws InterruptedException {
        tally.decisions++;
        focus(id);
        keyboard();
        String suggest = String.valueOf(browser.script(
                "return document.getElementById(arguments[0]).list.getAttribute('data-suggest');", id));
        for (int n = 1; n <= typed.length(); n++) {
            type(typed.substring(n - 1, n));
            if (n >= 2) {
                int position = serverPosition(suggest, typed.substring(0, n), shown);
                if (position >= 0) {
                    chooseSuggestion(id, shown, position);
                    return n;
                }
            }
        }
        throw new AssertionError(id + " never suggested " + shown + " for " + typed);
    }

    /**
     * Types a name the record does not hold in full and picks the type-ahead's last option,
     * "Not in the record — create …", which opens the row's new-record fields with the name in them.
     */
    void createFromSuggestions(String id, String name) throws InterruptedException {
        tally.decisions++;
        focus(id);
        type(name);
        chooseSuggestion(id, "Not in the record — create “" + name + "”", -1);
    }

    /** Ticks the checkbox with this value in the field group {@code name}. */
    void tick(String name, String value) {
        tally.decisions++;
        click(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    }

    /** Ticks the checkbox unless the form ticked it already (a field the form filled in right costs nothing). */
    void tickUnlessTicked(String name, String value) {
        if (!ticked(name, value)) {
            tick(name, value);
        }
    }

    /** Whether the checkbox with this value in the field group {@code name} is ticked. */
    boolean ticked(String name, String value) {
        return Boolean.TRUE.equals(browser.script("return document.querySelector(\"input[name='\" + arguments[0] + \"'][value='\""
                + " + arguments[1] + \"']\").checked;", name, value));
    }

    /** Opens a "Not in the list?" part by a click on its summary. */
    void open(By summary) {
        tally.decisions++;
        click(summary);
    }

    /** Presses the visible button with this text and waits for the page it leads to. */
    void press(String button) throws InterruptedException {
        tally.decisions++;
        markPage();
        click(By.xpath("//button[normalize-space()='" + button + "' and not(@aria-hidden='true')]"));
        awaitNewPage();
    }

    /**
     * Presses a button that opens its page in a tab of its own ({@code target="_blank"}, as a
     * draft's "Open in the new-event form" does) and turns to that tab once it has loaded.
     */
    void pressIntoNewTab(By button) throws InterruptedException {
        tally.decisions++;
        click(button);
        browser.toNewestTab();
        awaitLoaded();
    }

    /** Closes the tab shown with Ctrl+W and is back on the one before. */
    void closeTab() {
        tally.decisions++;
        keyboard();
        tally.keys += 2;
        browser.closeTab();
    }

    /**
     * Presses a saving button; when the form stops at the similar-events check, says the event
     * is another one ("It is another event: save it"). The page must then say it saved.
     */
    void save(String button) throws InterruptedException {
        press(button);
        if (browser.pageText().contains("This may already be in the record")) {
            press("It is another event: save it");
        }
        if (!browser.pageText().contains("Saved the event")) {
            throw new AssertionError("not saved: " + browser.pageText());
        }
    }

    /**
     * A new person's office, which the record holds (only its holder is new): typed into the
     * row's office title until the type-ahead offers it, and picked, which fills in the rest.
     */
    void pickOffice(String row, String titleEn, String titleRu, String state, @Nullable String institution)
            throws InterruptedException {
        pick(row + ".newOfficeEn", titleEn, titleEn + " · " + state);
        expect(row + ".newOfficeEn", titleEn);
        expect(row + ".newOfficeRu", titleRu);
        expect(row + ".newOfficeState", state);
        if (institution != null && !value(row + ".newOfficeInstitution").endsWith(" · " + institution)) {
            throw new AssertionError(row + " office's institution is " + value(row + ".newOfficeInstitution"));
        }
    }

    /** Follows the link with this text and waits for its page. */
    void follow(String link) throws InterruptedException {
        tally.decisions++;
        markPage();
        click(By.linkText(link));
        awaitNewPage();
    }

    private void chooseSuggestion(String id, String shown, int serverPosition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Object position = browser.script("""
                    var field = document.getElementById(arguments[0]), shown = arguments[1];
                    var options = field.list ? Array.from(field.list.options) : [];
                    var at = options.findIndex(function (o) { return (o.value + " " + o.textContent).indexOf(shown) >= 0; });
                    if (at < 0) { return null; }
                    field.value = options[at].value;
                    field.dispatchEvent(new Event('input', {bubbles: true}));
                    return at;""", id, shown);
            if (position != null) {
                tally.decisions++;
                int arrows = ((Number) position).intValue() + 1;
                tally.keys += arrows + 1;
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(id + " never offered " + shown + " (the server ranks it " + serverPosition + ")");
            }
            Thread.sleep(50);
        }
    }

    /** Where the server's suggestions for {@code typed} put the candidate showing {@code shown}, or -1. */
    private int serverPosition(String address, String typed, String shown) {
        Object position = browser.asyncScript("""
                var done = arguments[arguments.length - 1], shown = arguments[2];
                fetch(arguments[0] + '?q=' + encodeURIComponent(arguments[1]), {headers: {'Accept': 'application/json'}})
                  .then(function (r) { return r.json(); })
                  .then(function (candidates) {
                    done(candidates.findIndex(function (c) { return [c.label, c.office, c.state].join(' ').indexOf(shown) >= 0; }));
                  });""", address, typed, shown);
        return ((Number) position).intValue();
    }

    /**
     * Moves the focus to the field: Tab when it is at most three stops ahead in the page's tab
     * order and the hands are on the keyboard, else a click. Returns whether the field's text is now selected (Tab
     * selects it; a click does not).
     */
    private boolean focus(String id) {
        long stops = ((Number) browser.script("""
                var target = document.getElementById(arguments[0]);
                var all = Array.from(document.querySelectorAll('input, select, textarea, button, a[href], summary'))
                  .filter(function (e) { return !e.disabled && e.tabIndex >= 0 && e.type !== 'hidden' && e.getClientRects().length > 0; });
                var from = all.indexOf(document.activeElement), to = all.indexOf(target);
                return from < 0 || to < 0 ? -1 : to - from;""", id)).longValue();
        if (stops == 0) {
            return false;
        }
        if (stops > 0 && stops <= 3 && !handOnMouse) {
            tally.keys += (int) stops;
            // Tab's own effect (the focus moves, an input's text is selected), given by the page:
            // a select a click opened would keep the keys of a headless browser.
            browser.script("var f = document.getElementById(arguments[0]); f.focus(); if (f.select) { f.select(); }", id);
            return true;
        }
        mouse();
        tally.points++;
        tally.buttons += 2;
        browser.script("document.getElementById(arguments[0]).focus();", id);
        return false;
    }

    private void click(By what) {
        mouse();
        tally.points++;
        tally.buttons += 2;
        browser.click(what);
    }

    private void type(String text) {
        keyboard();
        for (char c : text.toCharArray()) {
            boolean cyrillic = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            if (Character.isLetter(c) && cyrillic != cyrillicLayout) {
                tally.keys += 2;
                cyrillicLayout = cyrillic;
            }
        }
        tally.keys += text.length();
        tally.typed += text.length();
        browser.keys(text);
    }

    private void keyboard() {
        if (handOnMouse) {
            tally.homings++;
            handOnMouse = false;
        }
    }

    private void mouse() {
        if (!handOnMouse) {
            tally.homings++;
            handOnMouse = true;
        }
    }

    private String selectedText(String id) {
        return String.valueOf(browser.script(
                "var s = document.getElementById(arguments[0]); return s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text.trim();",
                id));
    }

    private void expectValue(String id, String text) {
        String value = browser.value(By.id(id));
        if (!value.equals(text)) {
            throw new AssertionError(id + " holds «" + value + "», not «" + text + "»");
        }
    }

    private void markPage() {
        browser.script("window.keystrokeLevelPage = true;");
    }

    private void awaitNewPage() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Object marked;
            try {
                marked = browser.script("return window.keystrokeLevelPage === true;");
            } catch (WebDriverException navigating) {
                marked = true;
            }
            if (Boolean.FALSE.equals(marked)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new page after the click; still at " + browser.currentUrl());
            }
            Thread.sleep(50);
        }
        awaitLoaded();
    }

    private void awaitLoaded() throws InterruptedException {
        while (!"complete".equals(browser.script("return document.readyState;"))) {
            Thread.sleep(50);
        }
        tally.pageLoads++;
    }
}
