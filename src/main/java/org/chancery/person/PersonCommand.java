package org.chancery.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.chancery.common.Bilingual;

/**
 * A person as staff and scripts write them: the name in both languages. The offices they
 * held are written as terms of the offices. Serves create, replace and patch; the history keeps it.
 */
public record PersonCommand(@NotNull @Valid Bilingual name) {

    public static PersonCommand from(Person person) {
        return new PersonCommand(new Bilingual(person.getNameEn(), person.getNameRu()));
    }
}
