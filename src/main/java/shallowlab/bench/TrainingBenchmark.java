package shallowlab.bench;

import java.util.Arrays;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;
import shallowlab.nn.Trainer;
import shallowlab.nn.TrainingConfig;
import shallowlab.nn.TrainingResult;

/**
 * Times the course's default run (after warm-up; median of several) and two larger runs (m = 4,000 and
 * 40,000 flower points, 50 tanh units, 200 iterations) whose time should grow about linearly in m·n_h.
 * Prints "java_default_seconds=…" for bench/run.sh.
 */
public final class TrainingBenchmark {
    private TrainingBenchmark() {}

    public static void main(String[] args) {
        System.out.println(shallowlab.nn.VectorWidth.describe());
        Dataset flower = DatasetKind.FLOWER.generate(400, 0.2, 1);
        TrainingConfig defaults = config(new int[] {4}, 10000);
        for (int i = 0; i < 15; i++) Trainer.train(defaults, flower, empty());
        double median = median(defaults, flower, 11);
        TrainingResult r = Trainer.train(defaults, flower, empty());
        System.out.printf("default run (m=400, n_h=4, 10000 it): median %.1f ms, final cost %.6f, accuracy %.4f%n",
                median * 1e3, r.cost()[r.cost().length - 1], r.trainAccuracy()[r.trainAccuracy().length - 1]);
        for (int m : new int[] {4000, 40000}) {
            Dataset d = DatasetKind.FLOWER.generate(m, 0.2, 1);
            TrainingConfig big = config(new int[] {50}, 200);
            Trainer.train(big, d, empty());
            double t = median(big, d, 5);
            System.out.printf("m=%d, n_h=50, 200 it: median %.1f ms, %.2f ns per point·unit·iteration%n",
                    m, t * 1e3, t * 1e9 / (m * 50.0 * 200));
        }
        System.out.printf("java_default_seconds=%.6f%n", median);
    }

    private static TrainingConfig config(int[] hidden, int iterations) {
        return new TrainingConfig(hidden, Activation.TANH, 0.01, Initializer.RANDOM, 0.01, 2, 1.2, iterations);
    }

    private static Dataset empty() { return new Dataset(new double[0], new double[0], new int[0]); }

    /** Median wall time in seconds of {@code runs} trainings. */
    private static double median(TrainingConfig c, Dataset d, int runs) {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Trainer.train(c, d, empty());
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
