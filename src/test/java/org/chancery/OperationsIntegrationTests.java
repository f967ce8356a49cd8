package org.chancery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an operator relies on: metrics to scrape, the build in info, compression, cache headers, a favicon. */
@ChanceryIntegrationTest
class OperationsIntegrationTests {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusScrapesRequestTimingsByRouteThePoolAndTheJvm() throws Exception {
        http.send(request("/api/v1/states/KZ").build(), HttpResponse.BodyHandlers.discarding());

        // The server records a request's timing just after its answer went out: scrape until it is there (2 s at most).
        Pattern timing = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/states/\\{code}\"[^}]*} [1-9]");
        HttpResponse<String> scrape = http.send(request("/actuator/prometheus").build(), HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; attempt < 20 && !timing.matcher(scrape.body()).find(); attempt++) {
            Thread.sleep(100);
            scrape = http.send(request("/actuator/prometheus").build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElseThrow()).startsWith("text/plain");
        assertThat(scrape.body())
                .containsPattern(timing)
                .contains("hikaricp_connections_active", "jvm_memory_used_bytes", "application=\"chancery\"")
                // Spring Security's per-filter timers are off (application.properties): the request's timer covers them.
                .doesNotContain("spring_security_filterchains", "spring_security_authorizations");
    }

    @Test
    void infoNamesTheBuild() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("chancery"))
                .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"))
                .andExpect(jsonPath("$.java.version").isNotEmpty());
    }

    @Test
    void largeTextAnswersAreCompressedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> states = http.send(request("/api/v1/states?limit=300").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(states.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(states.body()[0] & 0xff).isEqualTo(0x1f); // gzip's magic number
    }

    @Test
    void pagesLinkTheStylesheetByItsContentHashWhichIsCachedForAYear() throws Exception {
        String page = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher stylesheet = Pattern.compile("/css/chancery-[0-9a-f]{32}\\.css").matcher(page);
        assertThat(stylesheet.find()).as("a versioned stylesheet link in %s", page).isTrue();

        HttpResponse<String> css = http.send(request(stylesheet.group()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue(HttpHeaders.CACHE_CONTROL).orElseThrow())
                .contains("max-age=31536000").contains("public").doesNotContain("no-store");
    }

    @Test
    void aPublicPageMayBeKeptByTheBrowserOnlyAndAPageSeenSignedInIsNotStored() throws Exception {
        mvc.perform(get("/timeline"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"));
        mvc.perform(get("/"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"));
        mvc.perform(get("/states/KZ"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"));
        mvc.perform(get("/login"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));

        mvc.perform(get("/timeline").with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
    }

    @Test
    void theFaviconIsServed() throws Exception {
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/x-icon"));
        mvc.perform(get("/")).andExpect(content().string(containsString("rel=\"icon\"")));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
