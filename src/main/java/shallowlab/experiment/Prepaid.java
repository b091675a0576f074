package shallowlab.experiment;

/**
 * A comparison's budget, paid up front for all its fresh runs, so it is refused (429) before it starts rather than
 * half-way. Each run draws its cost from it; what no run drew (cancelled, refused, or cached meanwhile) goes back
 * to the payer when the comparison {@link #settle settles}.
 */
final class Prepaid implements Account {
    private final Account payer;
    private double left;

    Prepaid(Account payer, double units) {
        this.payer = payer;
        this.left = payer.take(units);
    }

    @Override
    public synchronized double take(double units) {
        double taken = Math.min(units, left);
        left -= taken;
        return taken;
    }

    @Override
    public synchronized void refund(double units) { left += units; }

    /** Returns what is left to the payer; call once, when every run is done. */
    synchronized void settle() {
        payer.refund(left);
        left = 0;
    }
}
