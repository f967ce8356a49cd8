package org.chancery.agreement;

import org.chancery.common.NotFoundException;

/** No record of this kind has that id. */
public class AgreementNotFoundException extends NotFoundException {

    private AgreementNotFoundException(long id) {
        super("agreement with the id", id);
    }

    public static AgreementNotFoundException forId(long id) {
        return new AgreementNotFoundException(id);
    }
}
