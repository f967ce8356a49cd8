package org.chancery.person;

import org.chancery.common.NotFoundException;

/** No record of this kind has that id. */
public class PersonNotFoundException extends NotFoundException {

    private PersonNotFoundException(long id) {
        super("person with the id", id);
    }

    public static PersonNotFoundException forId(long id) {
        return new PersonNotFoundException(id);
    }
}
