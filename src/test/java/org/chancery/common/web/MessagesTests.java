package org.chancery.common.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the interface exists in both languages. */
class MessagesTests {

    @Test
    void englishAndRussianHaveTheSameKeys() throws Exception {
        Set<String> english = keys("messages/messages.properties");
        Set<String> russian = keys("messages/messages_ru.properties");
        // Russian counts have a "few" form English does not need.
        russian.removeIf(key -> key.endsWith(".few"));

        assertThat(russian).isEqualTo(english);
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
