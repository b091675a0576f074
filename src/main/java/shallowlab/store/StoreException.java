package shallowlab.store;

/** The database failed or could not be reached; the message says which operation. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
