package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A run's snapshots are exactly the parameters of the same run trained for that many iterations, bit for bit. */
class SnapshotsTest {
    static TrainingConfig config(int[] hidden, Activation g, Initializer init, double scale, double alpha, int n) {
        return new TrainingConfig(hidden, g, 0.05, init, scale, 3, alpha, n);
    }

    static void eachSnapshotIsATruncatedRun(TrainingConfig c) {
        TrainingResult r = Trainer.train(c, Defaults.FLOWER, Defaults.EMPTY);
        Snapshots s = r.snapshots();
        assertEquals(s.iterations().length, s.parameters().length);
        for (int i = 0; i < s.iterations().length; i++) {
            int t = s.iterations()[i];
            TrainingConfig truncated = new TrainingConfig(c.hidden(), c.activation(), c.leak(), c.init(), c.initScale(),
                    c.initSeed(), c.learningRate(), Math.max(1, t));
            Parameters expected = t == 0 ? r.initial() : Trainer.train(truncated, Defaults.FLOWER, Defaults.EMPTY).trained();
            assertTrue(Arrays.deepEquals(expected.W(), s.parameters()[i].W()), "W after " + t + " updates");
            assertTrue(Arrays.deepEquals(expected.b(), s.parameters()[i].b()), "b after " + t + " updates");
        }
        assertTrue(Arrays.deepEquals(r.trained().W(), s.parameters()[s.parameters().length - 1].W()), "last = trained");
    }

    @Test
    void shallowAndDeepNetworksOfEveryKind() {
        eachSnapshotIsATruncatedRun(config(new int[] {4}, Activation.TANH, Initializer.RANDOM, 0.01, 1.2, 400));
        eachSnapshotIsATruncatedRun(config(new int[] {8, 8}, Activation.RELU, Initializer.HE, 1, 0.5, 300));
        eachSnapshotIsATruncatedRun(config(new int[] {5, 3, 2}, Activation.SIGMOID, Initializer.XAVIER, 1, 2, 250));
        eachSnapshotIsATruncatedRun(config(new int[] {6}, Activation.LEAKY_RELU, Initializer.CONSTANT, 0.3, 0.1, 123));
    }

    @Test
    void aDivergedRunKeepsItsSnapshotsUpToTheLastFiniteParameters() {
        TrainingConfig c = config(new int[] {8, 8}, Activation.LINEAR, Initializer.RANDOM, 3, 10, 2000);
        TrainingResult r = Trainer.train(c, Defaults.FLOWER, Defaults.EMPTY);
        assertNotNull(r.diverged());
        Snapshots s = r.snapshots();
        for (Parameters p : s.parameters()) assertTrue(p.isFinite());
        int last = s.iterations()[s.iterations().length - 1];
        assertTrue(last <= r.diverged() && last > 0, "last snapshot " + last + ", diverged at " + r.diverged());
        assertTrue(Arrays.deepEquals(r.trained().W(), s.parameters()[s.parameters().length - 1].W()));
    }

    @Test
    void theScheduleStartsAtZeroEndsAtTheLastIterationAndIsDenserEarly() {
        int[] t = Snapshots.schedule(10000, 50, 20, 100);
        assertEquals(50, t.length);
        assertEquals(0, t[0]);
        assertEquals(10000, t[49]);
        for (int i = 1; i < t.length; i++) assertTrue(t[i] > t[i - 1]);
        for (int s : t) assertTrue(Trainer.recorded(s, 10000, 20), s + " is a recorded iteration");
        assertTrue(t[25] < 10000 / 3, "half the snapshots in the first third: " + t[25]);
        assertArrayEquals(new int[] {0, 1, 2, 3}, Snapshots.schedule(3, 50, 1, 100), "a short run: every iteration");
        for (int n : new int[] {9200, 9201, 4321}) {   // k = ⌈n/500⌉ does not divide n: the last is still n
            int k = (n + 499) / 500;
            int[] odd = Snapshots.schedule(n, 50, k, 100);
            assertTrue(odd.length <= 50, n + ": " + odd.length + " snapshots");
            assertEquals(n, odd[odd.length - 1]);
            for (int s : odd) assertTrue(Trainer.recorded(s, n, k), s + " is a recorded iteration of " + n);
        }
    }

    @Test
    void largeNetworksGetFewerSnapshotsSoTheirPagesStaySmall() {
        assertEquals(50, Snapshots.count(17), "the course's 4 units");
        assertEquals(2, Snapshots.count(21_000), "six layers of 64: the first and the last");
        assertTrue(Snapshots.count(1000) * 1000 <= Snapshots.NUMBER_BUDGET);
    }
}
