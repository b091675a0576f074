package shallowlab.nn;

import shallowlab.data.Dataset;

/** Full-batch gradient descent on a network 2 → hidden… → 1 (sigmoid output, binary cross-entropy). */
public final class Trainer {
    private static final int CHECK_EVERY = 64;
    /** Records past the first {@link #EARLY} at most (about): the interval is ⌈n / MAX_RECORDS⌉. */
    public static final int MAX_RECORDS = 500;
    /** Iterations recorded one by one at the start, where the cost moves most and a large α overshoots. */
    public static final int EARLY = 100;

    private Trainer() {}

    /** Trains from the initial weights drawn with {@code config.initSeed()}; {@code test} may have no points. */
    public static TrainingResult train(TrainingConfig config, Dataset train, Dataset test) {
        return closeUpIfDiverged(run(config, train, test, 0L, false, every(config.iterations())), config, train, test, 0L, false);
    }

    /** As {@link #train(TrainingConfig, Dataset, Dataset)}, but throws {@link TrainingTimeout} once {@code System.nanoTime()} passes {@code deadlineNanos}. */
    public static TrainingResult train(TrainingConfig config, Dataset train, Dataset test, long deadlineNanos) {
        TrainingResult r = run(config, train, test, deadlineNanos, true, every(config.iterations()));
        return closeUpIfDiverged(r, config, train, test, deadlineNanos, true);
    }

    /** The record interval for n iterations: k = ⌈n/500⌉, so at most ~500 records past the first {@link #EARLY}. */
    public static int every(int n) { return Math.max(1, (n + MAX_RECORDS - 1) / MAX_RECORDS); }

    /** Whether iteration t of n is recorded with interval k: every t < {@link #EARLY}, every k-th, and n. */
    static boolean recorded(int t, int n, int k) { return t < EARLY || t % k == 0 || t == n; }

    /**
     * A run that diverged early kept few records (one every ⌈n/500⌉ iterations). Training is deterministic, so it
     * is replayed with its records spread over the iterations before divergence: the curves then show how it
     * blew up. The replay's time is added to the run's.
     */
    private static TrainingResult closeUpIfDiverged(TrainingResult r, TrainingConfig c, Dataset train, Dataset test,
                                                    long deadline, boolean timed) {
        if (r.diverged() == null || every(r.diverged()) >= every(c.iterations())) return r;
        TrainingResult f = run(c, train, test, deadline, timed, every(r.diverged()));
        return f.withTrainingMillis(r.trainingMillis() + f.trainingMillis());
    }

    /** Layer sizes [2, hidden…, 1]. */
    static int[] sizes(int[] hidden) {
        int[] s = new int[hidden.length + 2];
        s[0] = 2;
        System.arraycopy(hidden, 0, s, 1, hidden.length);
        s[s.length - 1] = 1;
        return s;
    }

    /**
     * For t = 0 … n: one pass at the parameters after t updates (gradients; cost, accuracy and saturation when t
     * is {@link #recorded}: every t below {@link #EARLY}, every k-th, and n), then the update W −= α·dW, b −= α·db unless t = n.
     * Stops at the first non-finite weight or record; {@code diverged} is that iteration.
     */
    private static TrainingResult run(TrainingConfig c, Dataset train, Dataset test, long deadline, boolean timed,
                                      int k) {
        long start = System.nanoTime();
        int n = c.iterations();
        Parameters initial = c.init().initial(sizes(c.hidden()), c.initScale(), c.initSeed());
        Parameters p = initial.copy(), next = initial.copy();
        Recorder rec = new Recorder(Recorder.capacity(n, k, EARLY) + 1, p.layers(), test.size() > 0);
        VectorKernel kernel = new VectorKernel(p, c.activation(), c.leak(), train);
        Snapshots.Taker snapshots = new Snapshots.Taker(n, k, EARLY, p.count());
        Envelope envelope = new Envelope();
        Integer diverged = null;
        int t = 0;
        for (; t <= n; t++) {
            if (timed && t % CHECK_EVERY == 0 && System.nanoTime() - deadline > 0)
                throw new TrainingTimeout("training passed its time limit at iteration " + t);
            snapshots.offer(t, p);
            boolean recorded = recorded(t, n, k);
            kernel.pass(p, recorded);
            if (!recorded) envelope.add(kernel.approximateCost());   // a record adds its exact cost
            if (recorded && !record(rec, t, kernel, p, c, test, envelope)) {
                diverged = t;
                break;
            }
            if (t == n) break;
            if (!kernel.step(p, next, c.learningRate())) {
                diverged = t + 1;
                if (rec.lastIteration() != t) {
                    kernel.pass(p, true);   // again, measuring: the same gradients, and the saturation of p
                    record(rec, t, kernel, p, c, test, envelope);
                }
                break;
            }
            Parameters swap = p;
            p = next;
            next = swap;
        }
        return finish(rec, c, train, initial, p, snapshots.result(Math.min(t, n), p), diverged, start);
    }

    private static boolean record(Recorder rec, int t, VectorKernel kernel, Parameters p, TrainingConfig c,
                                  Dataset test, Envelope envelope) {
        double testAccuracy = test.size() == 0 ? 0.0 : Diagnostics.accuracy(
                Network.predict(p, c.activation(), c.leak(), test.x1(), test.x2()), test.label());
        double cost = kernel.cost();
        envelope.add(cost);
        boolean kept = rec.add(t, cost, envelope.min, envelope.max, kernel.accuracy(), testAccuracy,
                kernel.gradientNorms(), kernel.saturation());
        envelope.reset();
        return kept;
    }

    /** The least and greatest cost of the iterations since the last record (non-finite costs left out). */
    private static final class Envelope {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;

        void add(double cost) {
            if (!Double.isFinite(cost)) return;
            min = Math.min(min, cost);
            max = Math.max(max, cost);
        }

        void reset() {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
        }
    }

    private static TrainingResult finish(Recorder rec, TrainingConfig c, Dataset train, Parameters initial,
                                         Parameters trained, Snapshots snapshots, Integer diverged, long start) {
        Activation g = c.activation();
        double[] dead = Diagnostics.deadUnits(trained, g, c.leak(), train);
        double[] saturated = Diagnostics.saturatedUnits(trained, g, c.leak(), train);
        int distinct = Diagnostics.distinctUnits(trained);
        double millis = (System.nanoTime() - start) / 1e6;
        return rec.result(dead, saturated, distinct, diverged, initial, trained, snapshots, millis);
    }
}
