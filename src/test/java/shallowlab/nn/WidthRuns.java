package shallowlab.nn;

import java.util.ArrayList;
import java.util.List;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/**
 * Child-JVM main for {@link VectorWidthsTest}: prints the engine's width line, then one fingerprint per run of a
 * fixed set chosen to reach every path of the kernel — the default run, every activation, deep nets, a point count
 * that no vector width divides, and more points than one chunk.
 */
public final class WidthRuns {
    private WidthRuns() {}

    public static void main(String[] args) {
        System.out.println(VectorWidth.describe());
        for (long f : fingerprints()) System.out.println(f);
    }

    static List<Long> fingerprints() {
        List<Long> out = new ArrayList<>();
        out.add(ColdWarmRuns.fingerprint(ColdWarmRuns.defaultRun()));
        Activation[] all = Activation.values();
        for (int r = 0; r < all.length; r++) {
            DatasetKind kind = DatasetKind.values()[r % DatasetKind.values().length];
            int[] hidden = r % 3 == 0 ? new int[] {5} : r % 3 == 1 ? new int[] {6, 3} : new int[] {5, 4, 3};
            Dataset d = kind.generate(202 + 2 * r, 0.25, r);    // 202: a multiple of neither 4 nor 8
            out.add(ColdWarmRuns.fingerprint(Trainer.train(new TrainingConfig(hidden, all[r], 0.05, Initializer.XAVIER,
                    0.01, r, 0.5, 600), d, d.split(0.2, r).test())));
        }
        Dataset big = DatasetKind.MOONS.generate(1500, 0.2, 3);   // more than one chunk of points
        out.add(ColdWarmRuns.fingerprint(Trainer.train(new TrainingConfig(new int[] {7}, Activation.TANH, 0, Initializer.HE,
                1, 4, 0.8, 300), big, Defaults.EMPTY)));
        return out;
    }
}
