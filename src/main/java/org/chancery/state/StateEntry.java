package org.chancery.state;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/** A state of ISO 3166-1 as the list shows it: its alpha-2 code (the key), alpha-3 and numeric codes, names and region. */
public record StateEntry(String code, String alpha3, String numeric, Bilingual name, @Nullable String region) {
}
