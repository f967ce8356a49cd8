package org.chancery.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A {@link Chromium} browser and the few moves a person makes on a page: open, type, choose,
 * click, read.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser that prefers {@code language} (see {@link Chromium} for how it starts). */
    static Browser start(String language) throws IOException {
        return start(language, 1280, 1000);
    }

    /** A browser that prefers {@code language}, its window of the given size. */
    static Browser start(String language, int width, int height) throws IOException {
        Browser browser = new Browser(Chromium.start(language, width, height));
        browser.noteContentSecurityPolicyViolations();
        return browser;
    }

    /**
     * Shows pages as a phone of this size would: a viewport exactly {@code width} CSS pixels
     * wide that honours the pages' viewport meta tag.
     */
    void emulatePhone(int width, int height) {
        emulateScreen(width, height, true);
    }

    /** Shows pages in a viewport of exactly this size, of a laptop or (mobile) a phone. */
    void emulateScreen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Saves what the screen shows now as a PNG, for a look by hand. */
    void screenshot(java.nio.file.Path file) throws IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Forgets the session, as a person signing out would. */
    void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Every page from now on keeps what the Content-Security-Policy refused in
     * {@code window.cspViolations}; the listener is added by DevTools before the page's own
     * scripts, so the policy does not apply to it.
     */
    private void noteContentSecurityPolicyViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.cspViolations.push(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline')));"""));
    }

    /** Turns to the other tab (a form posted with {@code target="_blank"} opens one), waiting up to 10 s for it. */
    void toNewestTab() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (driver.getWindowHandles().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String shown = driver.getWindowHandle();
        driver.switchTo().window(driver.getWindowHandles().stream().filter(tab -> !tab.equals(shown)).reduce((a, b) -> b).orElse(shown));
        while ("about:blank".equals(driver.getCurrentUrl()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Closes the tab shown and turns to the first one, as Ctrl+W does. */
    void closeTab() {
        driver.close();
        driver.switchTo().window(driver.getWindowHandles().iterator().next());
    }

    /** What the Content-Security-Policy refused on the page shown now. */
    List<String> contentSecurityPolicyViolations() {
        Object violations = driver.executeScript("return window.cspViolations || [];");
        return violations instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Adds an inline script to the page, as an injected payload would: the policy must refuse it. */
    void injectInlineScript(String code) {
        driver.executeScript("const s = document.createElement('script'); s.textContent = arguments[0];"
                + " document.body.appendChild(s);", code);
    }

    Object evaluate(String expression) {
        return driver.executeScript("return " + expression + ";");
    }

    void open(String url) {
        driver.get(url);
    }

    /** Types into the field labelled by the element with this id, replacing what was there. */
    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses Enter in the field with this id, as one does to "submit" a form. */
    void pressEnter(String id) {
        driver.findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    void choose(String selectId, String visibleText) {
        click(By.xpath("//select[@id='" + selectId + "']/option[normalize-space()='" + visibleText + "']"));
    }

    void click(By what) {
        driver.findElement(what).click();
    }

    void clickLink(String text) {
        click(By.linkText(text));
    }

    /** Clicks the visible button with this text, as a user would (not the form's out-of-sight default button). */
    void clickButton(String text) {
        click(By.xpath("//button[normalize-space()='" + text + "' and not(@aria-hidden='true')]"));
    }

    /** The visible text of every element that matches, in page order. */
    List<String> texts(By what) {
        return driver.findElements(what).stream().map(WebElement::getText).toList();
    }

    String text(By what) {
        return driver.findElement(what).getText();
    }

    /**
     * Signs in on the sign-in page of the app at {@code origin} ("http://localhost:8123") and
     * waits for the home page it leads to.
     */
    void signIn(String origin, String username, String password) throws InterruptedException {
        signIn(origin, username, password, "/");
    }

    /** Signs in and expects to land on {@code landing} (a path), as an account that must first choose its password does. */
    void signIn(String origin, String username, String password, String landing) throws InterruptedException {
        open(origin + "/login");
        type("username", username);
        type("password", password);
        click(By.cssSelector("main button[type=submit]"));
        waitForAddress(address -> address.equals(origin + landing) || address.contains("/login?"));
        if (!currentUrl().equals(origin + landing)) {
            throw new AssertionError("signing in as " + username + " was refused: " + currentUrl());
        }
    }

    /** What a form field holds now. */
    String value(By what) {
        return String.valueOf(driver.findElement(what).getDomProperty("value"));
    }

    boolean isShown(By what) {
        return driver.findElement(what).isDisplayed();
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    String pageText() {
        return text(By.tagName("body"));
    }

    /**
     * Waits (up to ten seconds) until the page's text holds {@code text}: for a page a script
     * replaces, or one the browser is still navigating to (its old body goes stale meanwhile).
     */
    void waitForText(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!currentText().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page never said " + text + "; it says: " + currentText());
            }
            Thread.sleep(50);
        }
    }

    /** The page's text, or nothing while the page is being replaced. */
    private String currentText() {
        try {
            return pageText();
        } catch (StaleElementReferenceException | NoSuchElementException replaced) {
            return "";
        }
    }

    /**
     * Waits (up to ten seconds) until the list of the field with this id offers an option
     * whose text (else whose value: an office's institution list shows the institution's
     * state) holds {@code shown}, and picks it: the field takes the option's value, as
     * when one chooses it from the browser's drop-down (which is the browser's own and not
     * in the page, so a driver cannot click it). Returns the value picked.
     */
    String pickSuggestion(String id, String shown) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Object value = driver.executeScript("""
                    var list = document.getElementById(arguments[0]).list, shown = arguments[1];
                    var options = list ? Array.from(list.options) : [];
                    var option = options.find(function (o) { return o.textContent.indexOf(shown) >= 0; })
                      || options.find(function (o) { return o.value.indexOf(shown) >= 0; });
                    return option ? option.value : null;""", id, shown);
            if (value != null) {
                type(id, value.toString());
                return value.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the field " + id + " never suggested " + shown);
            }
            Thread.sleep(50);
        }
    }

    /**
     * Picks the option of the field's list that shows {@code shown}, once the list offers it,
     * as a click in the list does: the field takes its value at once, in one input event.
     *
     * @return the value picked
     */
    String pickFromList(String id, String shown) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Object value = driver.executeScript("""
                    var field = document.getElementById(arguments[0]), shown = arguments[1];
                    var option = field.list && Array.from(field.list.options).find(function (o) { return o.textContent.indexOf(shown) >= 0; });
                    if (!option) { return null; }
                    field.value = option.value;
                    field.dispatchEvent(new Event('input', {bubbles: true}));
                    return option.value;""", id, shown);
            if (value != null) {
                return value.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the field " + id + " never offered " + shown);
            }
            Thread.sleep(50);
        }
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    /** Runs a script in the page with these arguments ({@code arguments[0]} …) and returns what it returns. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Sends these keys to the element that has the focus, as a person typing does. */
    void keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /**
     * Runs a script that calls back when done (its last argument) and returns what it passes
     * back; it may take up to a minute.
     */
    Object asyncScript(String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver.executeAsyncScript(script, arguments);
    }

    /** Chooses a file for a file input, as a person picking it from their disk. */
    void attach(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Waits (up to ten seconds) until the browser's address is one {@code arrived} accepts: a
     * form's post and its redirect may still be under way when a click returns.
     */
    void waitForAddress(Predicate<String> arrived) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!arrived.test(String.valueOf(driver.getCurrentUrl()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the browser stayed at " + driver.getCurrentUrl());
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
