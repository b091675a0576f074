package shallowlab.nn;

import java.util.Arrays;

/** The series of a run, one entry per record (the first iterations, every k-th, the last); only finite values go in. */
final class Recorder {
    private final int[] iterations;
    private final double[] cost, costMin, costMax, trainAccuracy, testAccuracy;
    private final double[][] norms, saturation;
    private final boolean hasTest;
    private int count;

    Recorder(int capacity, int layers, boolean hasTest) {
        iterations = new int[capacity];
        cost = new double[capacity];
        costMin = new double[capacity];
        costMax = new double[capacity];
        trainAccuracy = new double[capacity];
        testAccuracy = new double[capacity];
        norms = new double[layers][capacity];
        saturation = new double[layers - 1][capacity];
        this.hasTest = hasTest;
    }

    /** At most the records of a run of n iterations: each t < early, then every k-th, and n. */
    static int capacity(int n, int k, int early) { return Math.min(n + 1, early) + n / k + 1 + (n % k == 0 ? 0 : 1); }

    /** Adds a record; false (nothing kept) when a value is not finite. */
    boolean add(int t, double c, double lo, double hi, double train, double test, double[] gradientNorms,
                double[] saturated) {
        boolean finite = Double.isFinite(c) && Double.isFinite(train) && Double.isFinite(test);
        for (double v : gradientNorms) finite &= Double.isFinite(v);
        if (!finite) return false;
        iterations[count] = t;
        cost[count] = c;
        costMin[count] = lo;
        costMax[count] = hi;
        trainAccuracy[count] = train;
        testAccuracy[count] = test;
        for (int l = 0; l < norms.length; l++) norms[l][count] = gradientNorms[l];
        for (int h = 0; h < saturation.length; h++) saturation[h][count] = saturated[h];
        count++;
        return true;
    }

    int lastIteration() { return count == 0 ? -1 : iterations[count - 1]; }

    TrainingResult result(double[] dead, double[] saturated, int distinct, Integer diverged,
                          Parameters initial, Parameters trained, Snapshots snapshots, double millis) {
        double[][] n = new double[norms.length][];
        for (int l = 0; l < norms.length; l++) n[l] = Arrays.copyOf(norms[l], count);
        double[][] s = new double[saturation.length][];
        for (int h = 0; h < saturation.length; h++) s[h] = Arrays.copyOf(saturation[h], count);
        return new TrainingResult(Arrays.copyOf(iterations, count), Arrays.copyOf(cost, count),
                Arrays.copyOf(costMin, count), Arrays.copyOf(costMax, count),
                Arrays.copyOf(trainAccuracy, count), hasTest ? Arrays.copyOf(testAccuracy, count) : null,
                n, s, dead, saturated, distinct, diverged, initial, trained, snapshots, millis);
    }
}
