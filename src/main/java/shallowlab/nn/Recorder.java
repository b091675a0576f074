package shallowlab.nn;

import java.util.Arrays;

/** The series of a run, one entry per record (iteration 0, every k-th, the last); only finite values go in. */
final class Recorder {
    private final int[] iterations;
    private final double[] cost, trainAccuracy, testAccuracy;
    private final double[][] norms;
    private final boolean hasTest;
    private int count;

    Recorder(int capacity, int layers, boolean hasTest) {
        iterations = new int[capacity];
        cost = new double[capacity];
        trainAccuracy = new double[capacity];
        testAccuracy = new double[capacity];
        norms = new double[layers][capacity];
        this.hasTest = hasTest;
    }

    /** Records of a run of n iterations every k: 0, k, 2k, …, and n. */
    static int capacity(int n, int k) { return n / k + 1 + (n % k == 0 ? 0 : 1); }

    /** Adds a record; false (nothing kept) when a value is not finite. */
    boolean add(int t, double c, double train, double test, double[] gradientNorms) {
        boolean finite = Double.isFinite(c) && Double.isFinite(train) && Double.isFinite(test);
        for (double v : gradientNorms) finite &= Double.isFinite(v);
        if (!finite) return false;
        iterations[count] = t;
        cost[count] = c;
        trainAccuracy[count] = train;
        testAccuracy[count] = test;
        for (int l = 0; l < norms.length; l++) norms[l][count] = gradientNorms[l];
        count++;
        return true;
    }

    int lastIteration() { return count == 0 ? -1 : iterations[count - 1]; }

    TrainingResult result(double[] dead, double[] saturated, int distinct, Integer diverged,
                          Parameters initial, Parameters trained, double millis) {
        double[][] n = new double[norms.length][];
        for (int l = 0; l < norms.length; l++) n[l] = Arrays.copyOf(norms[l], count);
        return new TrainingResult(Arrays.copyOf(iterations, count), Arrays.copyOf(cost, count),
                Arrays.copyOf(trainAccuracy, count), hasTest ? Arrays.copyOf(testAccuracy, count) : null,
                n, dead, saturated, distinct, diverged, initial, trained, millis);
    }
}
