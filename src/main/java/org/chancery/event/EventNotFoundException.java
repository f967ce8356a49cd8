package org.chancery.event;

import org.chancery.common.NotFoundException;

/** No record of this kind has that id. */
public class EventNotFoundException extends NotFoundException {

    private EventNotFoundException(long id) {
        super("event with the id", id);
    }

    public static EventNotFoundException forId(long id) {
        return new EventNotFoundException(id);
    }
}
