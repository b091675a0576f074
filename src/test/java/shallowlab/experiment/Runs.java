package shallowlab.experiment;

import shallowlab.data.Dataset;
import shallowlab.data.Split;
import shallowlab.nn.Parameters;
import shallowlab.nn.Snapshots;
import shallowlab.nn.TrainingResult;

/** Hand-built runs for testing the views without the engine: 2 → 2 → 1, three records. */
final class Runs {
    private Runs() {}

    static TrainingResult result(double[] testAccuracy, Integer diverged, double lastCost) {
        Parameters initial = new Parameters(new double[][][] {{{0.1, -0.2}, {0.3, 0.4}}, {{0.5, -0.6}}},
                new double[][] {{0, 0}, {0}});
        Parameters trained = new Parameters(new double[][][] {{{1.5, -2}, {3, 4}}, {{5, Double.NaN}}},
                new double[][] {{0.25, -0.5}, {1}});
        return new TrainingResult(new int[] {0, 50, 100}, new double[] {0.693048, 0.4, lastCost},
                new double[] {0.693048, 0.39, lastCost}, new double[] {0.693048, 0.45, lastCost},
                new double[] {0.5, 0.8, 0.9075}, testAccuracy,
                new double[][] {{0.01, 0.02, 0.03}, {0.1, 0.2, 0.3}}, new double[][] {{0.75, 0.5, 0.25}}, new double[] {0}, new double[] {0.5}, 2,
                diverged, initial, trained,
                new Snapshots(new int[] {0, 100}, new Parameters[] {initial, trained}), 12.5);
    }

    static Run run(Experiment e, TrainingResult r) {
        Dataset train = new Dataset(new double[] {1, 2}, new double[] {3, 4}, new int[] {0, 1});
        Dataset test = new Dataset(new double[0], new double[0], new int[0]);
        Boundary boundary = new Boundary(-1, 1, -2, 2, 2, new double[] {0.1, 0.2, Double.POSITIVE_INFINITY, 0.4});
        return new Run(e, new Split(train, test), r, boundary);
    }
}
