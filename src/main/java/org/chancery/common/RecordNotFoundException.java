package org.chancery.common;

/**
 * No record of that kind has that id. The API's not-found: its message names what was asked
 * for and is the problem's detail. Not merged with {@link NotFoundException}, the pages' typed
 * not-found whose message the reader never sees, because the two are answered apart (a
 * problem here, the 404 page there) and each stays inside its own handler's advice.
 */
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
