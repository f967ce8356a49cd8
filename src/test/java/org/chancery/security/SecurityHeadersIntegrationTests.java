package org.chancery.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser is told about the pages, seen over real HTTP (Tomcat writes the session
 * cookie's attributes, which MockMvc would not show): a Content-Security-Policy allowing only
 * the site's own scripts, a Referrer-Policy, a SameSite=Lax session cookie, and sign-out
 * deleting that cookie.
 */
@ChanceryIntegrationTest
class SecurityHeadersIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesAndTheApiSendAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        for (String path : List.of("/", "/timeline", "/login", "/api/v1/states")) {
            HttpResponse<String> response = get(path, null);

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'",
                            "object-src 'none'", "frame-ancestors 'none'").doesNotContain("'unsafe-eval'")
                            .doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void swaggerUiAloneMayAddStyleElementsAndStillRunsOnlyTheSitesOwnScripts() throws Exception {
        HttpResponse<String> swagger = get("/swagger-ui/index.html", null);
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");

        for (String path : List.of("/", "/timeline", "/api/v1/states")) {
            assertThat(get(path, null).headers().allValues("Content-Security-Policy")).as(path).singleElement()
                    .asString().contains("style-src 'self';").doesNotContain("style-src 'self' 'unsafe-inline'");
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSigningOutDeletesIt() throws Exception {
        HttpResponse<String> login = get("/login", null);
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> !cookie.contains("1970")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String cookieName = cookie.substring(0, cookie.indexOf('='));

        HttpResponse<String> signedIn = post("/login", cookie, "username=test-admin&password=quiet-harbour-lantern-42&_csrf="
                + csrf(login.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(cookieName + "="))
                .findFirst().map(c -> c.substring(0, c.indexOf(';'))).orElse(cookie);

        HttpResponse<String> home = get("/", session);
        HttpResponse<String> signedOut = post("/logout", session, "_csrf=" + csrf(home.body()));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().allValues("Set-Cookie"))
                .anySatisfy(deleted -> assertThat(deleted).startsWith(cookieName + "=;").containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970"));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
