package org.chancery.common.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chancery.common.Text;

/** A state by its ISO 3166-1 alpha-2 code, with its names. */
@Schema(name = "StateReference")
public record StateResponse(String code, Text name) {

    public static StateResponse of(String code, String nameEn, String nameRu) {
        return new StateResponse(code, new Text(nameEn, nameRu));
    }
}
