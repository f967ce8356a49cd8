package org.chancery.institution;

import org.chancery.common.NotFoundException;

/** No record of this kind has that id. */
public class InstitutionNotFoundException extends NotFoundException {

    private InstitutionNotFoundException(long id) {
        super("institution with the id", id);
    }

    public static InstitutionNotFoundException forId(long id) {
        return new InstitutionNotFoundException(id);
    }
}
