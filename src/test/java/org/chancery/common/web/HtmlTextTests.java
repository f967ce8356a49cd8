package org.chancery.common.web;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTests {

    @Test
    void replacesTheFiveMarkupCharactersAsThymeleafDoes() {
        String text = "Tom & Jerry's <b>\"Talks\"</b> > 2";

        assertThat(HtmlText.escape(text)).isEqualTo("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;Talks&quot;&lt;/b&gt; &gt; 2");
        assertThat(HtmlText.append(new StringBuilder("<p>"), text).append("</p>").toString())
                .isEqualTo("<p>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;Talks&quot;&lt;/b&gt; &gt; 2</p>");
    }

    @Test
    void leavesEveryOtherCharacterAsItIs() {
        String text = "Казахстан · Israel – «Соглашения Авраама» 🇰🇿 \t\n=;:?@[]";

        assertThat(HtmlText.escape(text)).isSameAs(text);
        assertThat(HtmlText.append(new StringBuilder(), text).toString()).isEqualTo(text);
    }

    /** Whatever the text, the same as Thymeleaf's escaper writes: a page's lists and its templates agree. */
    @Test
    void agreesWithThymeleafsEscaperOnAnyText() {
        SplittableRandom random = new SplittableRandom(9);
        String alphabet = "&<>\"'=;#/ aZ09·–«»ЖжԱ\u0000\u007f\u00a0\ud83c\udde6\ud83c"; // a lone surrogate at the end too
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = HtmlEscape.escapeHtml4Xml(text.toString());
            assertThat(HtmlText.escape(text.toString())).isEqualTo(expected);
            assertThat(HtmlText.append(new StringBuilder("x"), text.toString()).toString()).isEqualTo("x" + expected);
        }
    }
}
