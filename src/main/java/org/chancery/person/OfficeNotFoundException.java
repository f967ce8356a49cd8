package org.chancery.person;

import org.chancery.common.NotFoundException;

/** No office has that id, or no term of that id is held by that person. */
public class OfficeNotFoundException extends NotFoundException {

    private final boolean term;

    private OfficeNotFoundException(String kind, long id, boolean term) {
        super(kind, id);
        this.term = term;
    }

    @Override
    public String messageKey() {
        return term ? "error.404.TermNotFound" : super.messageKey();
    }

    public static OfficeNotFoundException forId(long id) {
        return new OfficeNotFoundException("office with the id", id, false);
    }

    public static OfficeNotFoundException forTerm(long termId) {
        return new OfficeNotFoundException("term with the id", termId, true);
    }
}
