package org.chancery.common;

/** No record of that kind has that id. */
public class RecordNotFoundException extends RuntimeException {

    private RecordNotFoundException(String message) {
        super(message);
    }

    public static RecordNotFoundException forId(String kind, Object id) {
        return forKey(kind, "id", id);
    }

    /** No record of that kind has that key, such as the code of a topic. */
    public static RecordNotFoundException forKey(String kind, String keyName, Object key) {
        return new RecordNotFoundException("There is no " + kind + " with the " + keyName + " " + key + ".");
    }

    /** Not found, with a message that helps the caller find what they meant. */
    public static RecordNotFoundException because(String message) {
        return new RecordNotFoundException(message);
    }

    /** For what is not found by an id: {@code describing("step 3 of KZ in agreement 5")}. */
    public static RecordNotFoundException describing(String what) {
        return new RecordNotFoundException("There is no " + what + ".");
    }
}
