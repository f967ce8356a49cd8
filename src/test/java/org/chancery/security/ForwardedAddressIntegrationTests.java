package org.chancery.security;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.HttpBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the proxy (server.forward-headers-strategy=native): a request that a proxy on an
 * internal address forwards counts for the client's address in X-Forwarded-For, so the
 * sign-in throttle locks out that client, not the proxy and with it everyone behind it.
 */
@ChanceryIntegrationTest
class ForwardedAddressIntegrationTests {

    /** TEST-NET-3: an address nobody else's tests use. */
    private static final String CLIENT = "203.0.113.77";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetTheFailures() {
        jdbc.sql("delete from sign_in_throttle where subject in (?, 'nobody-behind-a-proxy')").param(CLIENT).update();
    }

    @Test
    void aFailedSignInThroughTheProxyCountsForTheForwardedClient() throws Exception {
        HttpBrowser browser = HttpBrowser.behindProxyFor(CLIENT);

        browser.signIn("http://localhost:" + port, "nobody-behind-a-proxy", "wrong-password");

        assertThat(jdbc.sql("select count(*) from sign_in_throttle where kind = 'ADDRESS' and subject = ?")
                .param(CLIENT).query(Long.class).single()).isOne();
    }
}
