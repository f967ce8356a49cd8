package org.chancery.person;

import org.chancery.common.NotFoundException;

/** No office has that id, or no term of that id is held by that person. */
public class OfficeNotFoundException extends NotFoundException {

    private OfficeNotFoundException(String kind, long id) {
        super(kind, id);
    }

    public static OfficeNotFoundException forId(long id) {
        return new OfficeNotFoundException("office with the id", id);
    }

    public static OfficeNotFoundException forTerm(long termId) {
        return new OfficeNotFoundException("term with the id", termId);
    }
}
