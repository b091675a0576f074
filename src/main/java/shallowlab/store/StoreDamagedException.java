package shallowlab.store;

/** The embedded database file is there but damaged, or holds less than it acknowledged: it is not opened for writing. */
public final class StoreDamagedException extends StoreException {
    public StoreDamagedException(String message) { super(message, null); }
}
