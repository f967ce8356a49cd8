package org.chancery.home;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The front page over real HTTP, as a newcomer's browser gets it. */
@ChanceryIntegrationTest
class HomePageIntegrationTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void showsTheLatestEventsWithDatesAsRecordedAndSourceLinks() throws Exception {
        HttpResponse<String> page = get("/", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Israeli Foreign Minister Gideon Saar visits Astana")
                .contains("27 January 2026")
                .contains("href=\"https://centrasia.org/newsA.php?st=1769600100\"")
                .contains("about June 2026 – September 2026")
                .contains("Minister of Foreign Affairs of Israel")
                .doesNotContainPattern("1 November 2025(?! – 11 January 2026)");
    }

    @Test
    void speaksRussianWhenAsked() throws Exception {
        HttpResponse<String> page = get("/?lang=ru", "en");

        assertThat(page.body())
                .contains("Последние события")
                .contains("27 января 2026")
                .contains("Визит министра иностранных дел Израиля Гидеона Саара в Астану");
    }

    @Test
    void followsTheBrowsersLanguage() throws Exception {
        assertThat(get("/", "ru-RU,ru;q=0.9").body()).contains("Последние события");
    }

    @Test
    void escapesNothingItShouldNotAndServesItsOwnStylesheet() throws Exception {
        HttpResponse<String> css = get("/css/chancery.css", "en");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(get("/", "en").body()).doesNotContain("cdn.").doesNotContain("googleapis");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }
}
