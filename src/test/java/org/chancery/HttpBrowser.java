package org.chancery;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A browser over real HTTP for tests that need the real session cookie: it keeps cookies per
 * host (so one browser can be sent to two instances on one machine and keeps one session),
 * does not follow redirects, and fills in a page's CSRF token the way a form would.
 */
public final class HttpBrowser {

    /** The session cookie's name (server.servlet.session.cookie.name). */
    public static final String SESSION_COOKIE = "CHANCERY_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final @Nullable String forwardedFor;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public HttpBrowser() {
        this(null);
    }

    private HttpBrowser(@Nullable String forwardedFor) {
        this.forwardedFor = forwardedFor;
    }

    /** A browser whose requests come through a proxy on this machine, for the client at {@code address}. */
    public static HttpBrowser behindProxyFor(String address) {
        return new HttpBrowser(address);
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code fields} to {@code url} with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        String form = java.util.stream.Stream.concat(fields.entrySet().stream(), Map.of("_csrf", token.group(1))
                        .entrySet().stream())
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form of the instance at {@code base}; the answer is the login's redirect. */
    public HttpResponse<String> signIn(String base, String username, String password)
            throws IOException, InterruptedException {
        return submit(base + "/login", base + "/login", Map.of("username", username, "password", password));
    }

    /** Signs out through the layout's sign-out form. */
    public HttpResponse<String> signOut(String base) throws IOException, InterruptedException {
        return submit(base + "/account", base + "/logout", Map.of());
    }

    /** The session cookie's value, if the browser holds one. */
    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> SESSION_COOKIE.equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
