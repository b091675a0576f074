package shallowlab.store;

/** The store holds as many datasets as it may: new points are refused (points already stored are still found). */
public final class StoreFullException extends RuntimeException {
    public StoreFullException(int cap) {
        super("this server holds its cap of " + cap + " uploaded datasets and takes no new ones; data uploaded before"
                + " (the same points give the same id) still works");
    }
}
