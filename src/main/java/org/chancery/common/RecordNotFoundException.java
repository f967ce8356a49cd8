package org.chancery.common;

/** No record of that kind has that id. */
public class RecordNotFoundException extends RuntimeException {

    private RecordNotFoundException(String message) {
        super(message);
    }

    public static RecordNotFoundException forId(String kind, Object id) {
        return new RecordNotFoundException("There is no " + kind + " with the id " + id + ".");
    }

    /** For what is not found by an id: {@code describing("step 3 of KZ in agreement 5")}. */
    public static RecordNotFoundException describing(String what) {
        return new RecordNotFoundException("There is no " + what + ".");
    }
}
