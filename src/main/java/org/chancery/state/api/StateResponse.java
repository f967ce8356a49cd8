package org.chancery.state.api;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/** A state of ISO 3166-1: its alpha-2 code (the key), alpha-3 and numeric codes, names and region. */
public record StateResponse(String code, String alpha3, String numeric, Bilingual name, @Nullable String region) {
}
