package org.chancery.state.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.chancery.common.NotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.api.ReadOnlyResourceException;
import org.chancery.common.api.Versions;
import org.chancery.common.query.CodePosition;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.state.StateDirectory;
import org.chancery.state.StateFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /api/v1/states}: the ISO 3166-1 list shipped with Chancery, addressed by alpha-2
 * code. It is read only: the list changes with a migration, never through the API, so
 * writes are answered 405. A state has no version; its ETag is a digest of what is served.
 */
@ApiController("/api/v1/states")
class StateApiController {

    private final StateDirectory states;

    StateApiController(StateDirectory states) {
        this.states = states;
    }

    @GetMapping
    @RecordVersionTagged
    PageResponse<StateResponse> list(StateListParameters parameters) {
        ListParameters read = new ListParameters();
        StateFilter filter = parameters.filter(read, states.regions());
        Paging<CodePosition> paging = read.paging(parameters, CodePosition.ORDER, CodePosition::from);
        read.check();
        return paging.answer(states, filter, StateResponse::from);
    }

    @GetMapping("/{code}")
    ResponseEntity<StateResponse> get(@PathVariable String code, WebRequest request) {
        if (!code.matches("[A-Za-z]{2}")) {
            throw notAnAlpha2Code(code);
        }
        StateResponse state = StateResponse.from(states.entry(code));
        return Versions.conditional(request, etag(state), () -> state);
    }

    @RequestMapping(path = {"", "/{code}"}, method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE})
    void write() {
        throw new ReadOnlyResourceException("The states are the ISO 3166-1 list shipped with Chancery: they are read "
                + "here and changed only with a new release, never through the API.");
    }

    /** Not found, but say which alpha-2 code to use when the path names a state by another of its codes. */
    private NotFoundException notAnAlpha2Code(String code) {
        return states.alpha2For(code)
                .map(alpha2 -> NotFoundException.because("States are addressed by their ISO 3166-1 alpha-2 code: "
                        + code.toUpperCase(Locale.ROOT) + " is " + alpha2 + ", at /api/v1/states/" + alpha2 + "."))
                .orElseGet(() -> NotFoundException.because("There is no state with the code " + code
                        + "; states are addressed by their ISO 3166-1 alpha-2 code, such as KZ."));
    }

    private static String etag(StateResponse state) {
        String served = String.join("|", state.code(), state.alpha3(), state.numeric(), state.name().en(), state.name().ru(),
                String.valueOf(state.region()));
        return "\"" + DigestUtils.md5DigestAsHex(served.getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
