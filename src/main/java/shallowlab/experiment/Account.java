package shallowlab.experiment;

/**
 * Who pays for fresh trainings, in work units ({@link Budgets#cost}). Cached runs and refused trainings are free:
 * what a refused one took is refunded.
 */
public interface Account {
    /** Takes {@code units} (at most a full budget); returns what was taken, or throws {@link RunRefused} (429). */
    double take(double units);

    /** Gives back units taken for work that was not done. */
    void refund(double units);

    /** An account that never runs out: the guides' trials, a fixed and small set trained once for everyone. */
    Account FREE = new Account() {
        @Override public double take(double units) { return 0; }
        @Override public void refund(double units) {}
    };
}
