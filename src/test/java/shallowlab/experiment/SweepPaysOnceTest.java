package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparison opened twice at once (a second tab) pays once: the second finds the first's runs training and waits
 * for them. It once paid for them again, and a browser whose budget the first had spent got 429 on every row.
 */
class SweepPaysOnceTest {
    /** An account that records what it was charged, net of refunds. */
    static final class Recorded implements Account {
        double charged;

        @Override public synchronized double take(double units) { charged += units; return units; }
        @Override public synchronized void refund(double units) { charged -= units; }
    }

    @Test
    void aSecondTabOfAComparisonInFlightWaitsForItsRunsAndPaysNothing() throws Exception {
        var runner = new HeldRunner(2);
        var service = new RunService(runner, new RunLimits(Long.MAX_VALUE, 60, 2, 4, 60, 6, 30), 16);
        Sweep sweep = Sweep.parse(Experiment.DEFAULTS.with("iterations", "5").experiment(), "initSeed:1,2").sweep();
        try (var sweeps = new SweepRunner(service)) {
            Recorded first = new Recorded(), second = new Recorded();
            SweepRun one = sweeps.start(sweep, first, () -> true);
            runner.started.await();   // both of the first tab's runs are training
            SweepRun two = sweeps.start(sweep, second, () -> true);
            assertEquals(0, second.charged, "the second tab pays nothing for runs in flight");
            runner.release.countDown();
            List<Run> ones = one.runs().stream().map(f -> f.join()).toList(), twos = two.runs().stream().map(f -> f.join()).toList();
            for (int i = 0; i < ones.size(); i++) assertSame(ones.get(i), twos.get(i), "run " + i + " trained once");
            assertEquals(2 * Budgets.cost(sweep.experiments().get(0)), first.charged, 1e-9, "the first paid for both");
            assertEquals(0, second.charged);
        } finally {
            runner.release.countDown();
        }
    }
}
