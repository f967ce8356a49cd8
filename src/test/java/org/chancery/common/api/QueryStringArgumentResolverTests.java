package org.chancery.common.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A {@link QueryString} record is built from the query string with the values Spring's binding gave it. */
class QueryStringArgumentResolverTests {

    @QueryString
    record Filters(@Nullable String state, @Nullable List<String> kind, @Nullable String limit) {
    }

    @QueryString
    record Numbered(@Nullable Integer limit) {
    }

    private final QueryStringArgumentResolver resolver = new QueryStringArgumentResolver();

    @Test
    void absentParametersAreNullAndOneValueIsTakenAsWritten() throws Exception {
        assertThat(read(request("limit", "20"))).isEqualTo(new Filters(null, null, "20"));
        assertThat(read(request("state", ""))).isEqualTo(new Filters("", null, null));
    }

    @Test
    void severalValuesOfATextAreJoinedByCommasSoThatTheRecordRefusesThemByName() throws Exception {
        MockHttpServletRequest request = request("state", "KZ");
        request.addParameter("state", "IL");
        assertThat(read(request).state()).isEqualTo("KZ,IL");
    }

    @Test
    void aListTakesARepeatedParameterValueByValueAndSplitsASingleValueAtItsCommas() throws Exception {
        MockHttpServletRequest repeated = request("kind", "VISIT");
        repeated.addParameter("kind", "CALL, MEETING");
        assertThat(read(repeated).kind()).containsExactly("VISIT", "CALL, MEETING");
        assertThat(read(request("kind", "VISIT, CALL")).kind()).containsExactly("VISIT", "CALL");
        assertThat(read(request("kind", "")).kind()).isEmpty();
    }

    @Test
    void aRecordWithAComponentThatIsNotTextIsRefusedWithItsName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> resolver.resolveArgument(parameter(Numbered.class), null,
                        new ServletWebRequest(request("limit", "2")), null))
                .withMessageContaining("Numbered.limit is neither String nor List<String>");
    }

    private Filters read(MockHttpServletRequest request) throws Exception {
        MethodParameter parameter = parameter(Filters.class);
        assertThat(resolver.supportsParameter(parameter)).isTrue();
        return (Filters) resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
    }

    private static MockHttpServletRequest request(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/events");
        request.addParameter(name, value);
        return request;
    }

    private static MethodParameter parameter(Class<?> type) throws NoSuchMethodException {
        return new MethodParameter(Handlers.class.getDeclaredMethod("handle", type), 0);
    }

    @SuppressWarnings("unused")
    private static final class Handlers {
        static void handle(Filters filters) {
        }

        static void handle(Numbered numbered) {
        }
    }
}
