package org.chancery.state.api;

import org.chancery.common.Bilingual;
import org.chancery.state.StateEntry;
import org.jspecify.annotations.Nullable;

/** A state of ISO 3166-1: its alpha-2 code (the key), alpha-3 and numeric codes, names and region. */
public record StateResponse(String code, String alpha3, String numeric, Bilingual name, @Nullable String region) {

    static StateResponse from(StateEntry state) {
        return new StateResponse(state.code(), state.alpha3(), state.numeric(), state.name(), state.region());
    }
}
