package org.chancery.person.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chancery.common.Language;
import org.chancery.common.Bilingual;
import org.chancery.person.Person;
import org.chancery.person.PersonCommand;
import org.jspecify.annotations.Nullable;

/** A person's names as the form edits them, with the version they were read at (none for a new person). */
record PersonForm(
        @NotBlank(message = "{person.form.nameEn.required}") @Size(max = 2000, message = "{person.form.name.size}")
        @Nullable String nameEn,
        @NotBlank(message = "{person.form.nameRu.required}") @Size(max = 2000, message = "{person.form.name.size}")
        @Nullable String nameRu,
        @Nullable Long version) {

    static PersonForm empty() {
        return new PersonForm(null, null, null);
    }

    static PersonForm from(Person person) {
        return new PersonForm(person.getNameEn(), person.getNameRu(), person.getVersion());
    }

    /** Once validated. */
    PersonCommand command() {
        return new PersonCommand(new Bilingual(String.valueOf(nameEn).strip(), String.valueOf(nameRu).strip()));
    }

    PersonForm withVersion(long savedVersion) {
        return new PersonForm(nameEn, nameRu, savedVersion);
    }

    String name(Locale locale) {
        return String.valueOf(Language.pick(locale, nameEn, nameRu)).strip();
    }
}
