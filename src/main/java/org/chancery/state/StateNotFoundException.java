package org.chancery.state;

import org.chancery.common.NotFoundException;

/** No state of ISO 3166-1 has that alpha-2 code. */
public class StateNotFoundException extends NotFoundException {

    private StateNotFoundException(String code) {
        super("state with the code", code);
    }

    public static StateNotFoundException forCode(String code) {
        return new StateNotFoundException(code);
    }
}
