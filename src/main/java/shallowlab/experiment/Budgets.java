package shallowlab.experiment;

import java.util.function.LongSupplier;

/**
 * Clients' budgets of work: each browser (told apart by the cookie the web layer sets) has its own, inside a larger
 * one shared by everyone behind its address, so a class behind one school address is not limited as one client.
 * Clients that send no cookie share one browser-sized budget per address: a script that drops cookies gets no
 * more than one browser does (a page's first visit is given its new browser's budget by the web layer,
 * {@code web.RequestRuns}). A request pays from both budgets, or from neither.
 */
public final class Budgets {
    /** What a save costs: a row in the database, no training. */
    public static final double SAVE = 0.5;
    private static final double DEFAULT_WORK = Experiment.DEFAULTS.work();
    private final RateLimiter browsers;
    private final RateLimiter addresses;

    public Budgets(RunLimits limits, LongSupplier nanoClock) {
        this.browsers = new RateLimiter(limits.runsPerMinute(), limits.burst(), nanoClock, runs("from this browser"));
        this.addresses = new RateLimiter(limits.addressPerMinute(), limits.addressBurst(), nanoClock,
                runs("from your network's address"));
    }

    /** The 429 of a fresh training (or a save, which costs half a unit) from {@code whom}; %d is the seconds to wait. */
    private static String runs(String whom) {
        return "too many new runs and saves " + whom + "; wait %d s (links already run are not counted)";
    }

    /** A fresh training's cost: work relative to the default run's, at least one unit (a small run still costs a request). */
    public static double cost(Experiment e) { return Math.max(1, e.work() / DEFAULT_WORK); }

    /** The account of the browser {@code browser} (null: no cookie) at {@code address}. */
    public Account of(String address, String browser) {
        String browserKey = browser == null ? "no-cookie@" + address : browser;
        return new Account() {
            @Override
            public double take(double units) {
                double taken = Math.min(units, browsers.capacity());
                browsers.take(browserKey, taken);
                try {
                    addresses.take(address, taken);
                } catch (RunRefused refused) {
                    browsers.refund(browserKey, taken);
                    throw refused;
                }
                return taken;
            }

            @Override
            public void refund(double units) {
                browsers.refund(browserKey, units);
                addresses.refund(address, units);
            }
        };
    }
}
