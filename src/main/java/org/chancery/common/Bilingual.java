package org.chancery.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A name or title in English and in Russian, both required: the record keeps both, so that
 * either language can be shown and searched. {@link Text} is its counterpart where either
 * may be missing.
 */
public record Bilingual(@NotBlank @Size(max = 2000) String en, @NotBlank @Size(max = 2000) String ru) {
}
