package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Budgets in work units with a fake clock: a class behind one address, a script without cookies, refunds. */
class BudgetsTest {
    static final long SECOND = 1_000_000_000L;
    final AtomicLong now = new AtomicLong();
    final Budgets budgets = new Budgets(RunLimits.defaults(), now::get);

    /** A host's bad setting is named with its value (the message once printed every limit as 0). */
    @Test
    void limitsOutOfRangeAreNamedWithTheirValues() {
        var e = assertThrows(IllegalArgumentException.class, () -> shallowlab.Settings.fromEnvironment(
                java.util.Map.of("RUN_BURST", "3", "ADDRESS_BURST", "1")));
        assertEquals("run limits out of range: addressBurst 1 (at least burst, 3)", e.getMessage());
    }

    @Test
    void aRunCostsItsWorkRelativeToTheDefaultRunsAndAtLeastOneUnit() {
        assertEquals(1.0, Budgets.cost(Experiment.DEFAULTS));
        Experiment triple = Experiment.DEFAULTS.with("points", "1200").experiment();
        assertEquals(3.0 * Experiment.DEFAULTS.work(), triple.work(), "the oracle: work is linear in points");
        assertEquals(3.0, Budgets.cost(triple), 1e-12);
        assertEquals(1.0, Budgets.cost(Experiment.DEFAULTS.with("iterations", "10").experiment()));
    }

    /**
     * 30 browsers behind one address each start two fresh default-sized runs a minute, for ten minutes, all of them
     * at the same moments (the first at 0 s, the second at 30 s of every minute): none is refused.
     */
    @Test
    void aClassOfThirtyBrowsersBehindOneAddressIsNeverRefused() {
        for (int minute = 0; minute < 10; minute++) {
            for (int half = 0; half < 2; half++) {
                now.set((minute * 60L + half * 30L) * SECOND);
                for (int student = 0; student < 30; student++) {
                    budgets.of("192.0.2.1", browser(student)).take(1);
                }
            }
        }
    }

    /** A script without cookies, one fresh run a second, is refused within its burst (30 units, +0.1 a second). */
    @Test
    void aScriptWithoutCookiesIsLimitedWithinItsBurstWhileTheClassGoesOn() {
        int served = 0;
        RunRefused refused = null;
        for (int second = 0; second < 120 && refused == null; second++) {
            now.set(second * SECOND);
            if (second % 30 == 0) {
                for (int student = 0; student < 30; student++) budgets.of("192.0.2.1", browser(student)).take(1);
            }
            try {
                budgets.of("192.0.2.1", null).take(1);
                served++;
            } catch (RunRefused r) {
                refused = r;
            }
        }
        assertTrue(refused != null && refused.status() == 429, "the script is refused");
        assertTrue(served >= 30 && served <= 34, "within its burst of 30 and the refill meanwhile: " + served);
        assertTrue(refused.retryAfterSeconds() > 0);
    }

    @Test
    void aRefundGivesBackWhatWasTakenAndARequestPaysFromBothBudgetsOrNeither() {
        var limits = new RunLimits(Long.MAX_VALUE, 20, 1, 1, 10, 1e-6, 2, 1e-6, 3, 8);
        var small = new Budgets(limits, now::get);
        Account a = small.of("192.0.2.9", browser(1));
        assertEquals(2.0, a.take(2));
        assertThrows(RunRefused.class, () -> a.take(1), "the browser's budget is spent");
        a.refund(2);
        assertEquals(2.0, a.take(2), "refunded");
        Account b = small.of("192.0.2.9", browser(2));
        assertEquals(1.0, b.take(1), "the address had one unit left");
        RunRefused refused = assertThrows(RunRefused.class, () -> b.take(1));
        assertTrue(refused.errors().get("rate").contains("address"), refused.errors().toString());
        a.refund(2);
        assertEquals(1.0, b.take(1), "b's refused take cost its own budget nothing");
        Account fresh = new Budgets(limits, now::get).of("192.0.2.9", browser(1));
        assertEquals(2.0, fresh.take(5), "a request never costs more than a full budget");
    }

    @Test
    void aComparisonPaysUpFrontAndGetsBackWhatItsRunsDidNotDraw() {
        var limits = new RunLimits(Long.MAX_VALUE, 20, 1, 1, 10, 1e-6, 5, 1e-6, 5, 8);
        Account payer = new Budgets(limits, now::get).of("192.0.2.9", null);
        var paid = new Prepaid(payer, 4);
        assertEquals(1.0, paid.take(1));
        paid.take(1);
        paid.refund(1);
        paid.settle();
        assertEquals(4.0, payer.take(4), "3 of the 4 units came back; 1 was left: 5 − 1 = 4");
        assertThrows(RunRefused.class, () -> payer.take(1));
    }

    static String browser(int n) { return String.format("%032x", n + 1); }
}
