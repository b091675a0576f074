package shallowlab.guide;

import java.util.ArrayList;
import java.util.List;
import shallowlab.data.Dataset;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Run;
import shallowlab.nn.Network;

/**
 * What the derivatives guide draws for one run: g and g′ over z ∈ [−6, 6], and the histogram of the first hidden
 * layer's pre-activations Z[1] = W[1]·X + b[1] at the initial parameters, over the training points. Bins are
 * {@value #BIN_WIDTH} wide; values beyond ±6 are counted in the outermost bins. {@code share} is per bin, summing to 1.
 */
public record DerivativePlot(String label, String activation, List<Double> z, List<Double> g, List<Double> derivative,
                             List<Double> binCentres, List<Double> share, double saturatedShare) {
    static final double RANGE = 6, STEP = 0.1, BIN_WIDTH = 0.5;
    /** Beyond |z| = 2, tanh′ < 0.071 and σ′ < 0.105: the unit passes on little gradient. */
    static final double SATURATED = 2;

    /** The plot for {@code run}, titled {@code label}. */
    public static DerivativePlot of(String label, Run run) {
        Experiment e = run.experiment();
        List<Double> z = new ArrayList<>(), g = new ArrayList<>(), dg = new ArrayList<>();
        int steps = (int) Math.round(2 * RANGE / STEP);
        for (int i = 0; i <= steps; i++) {
            double v = -RANGE + i * STEP, a = e.activation().apply(v, e.leak());
            z.add(v);
            g.add(a);
            dg.add(e.activation().derivative(a, e.leak()));
        }
        double[][] z1 = preActivations(run);
        return new DerivativePlot(label, e.activation().key(), z, g, dg, centres(), histogram(z1),
                saturatedShare(z1));
    }

    /** Share of the entries of Z[1] (all units, all training points) with |z| > {@value #SATURATED}. */
    static double saturatedShare(Run run) { return saturatedShare(preActivations(run)); }

    private static double saturatedShare(double[][] z1) {
        long count = 0, total = 0;
        for (double[] unit : z1) for (double v : unit) {
            total++;
            if (Math.abs(v) > SATURATED) count++;
        }
        return (double) count / total;
    }

    static double[][] preActivations(Run run) {
        Dataset train = run.split().train();
        return Network.firstLayerZ(run.result().initial(), train.x1(), train.x2());
    }

    private static int bins() { return (int) Math.round(2 * RANGE / BIN_WIDTH); }

    private static List<Double> centres() {
        List<Double> c = new ArrayList<>();
        for (int b = 0; b < bins(); b++) c.add(-RANGE + (b + 0.5) * BIN_WIDTH);
        return c;
    }

    private static List<Double> histogram(double[][] z1) {
        int n = bins();
        double[] counts = new double[n];
        long total = 0;
        for (double[] unit : z1) for (double v : unit) {
            int b = (int) Math.floor((v + RANGE) / BIN_WIDTH);
            counts[Math.max(0, Math.min(n - 1, b))]++;
            total++;
        }
        List<Double> share = new ArrayList<>();
        for (double c : counts) share.add(c / total);
        return share;
    }
}
