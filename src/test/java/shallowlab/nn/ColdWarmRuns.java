package shallowlab.nn;

import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/** Child-JVM main: the default run cold, ~30 varied warm runs, the default again; prints whether the bits agree. */
public final class ColdWarmRuns {
    private ColdWarmRuns() {}

    public static void main(String[] args) {
        long cold = fingerprint(defaultRun());
        for (int r = 0; r < 30; r++) warmRun(r);
        long warm = fingerprint(defaultRun());
        System.out.println(cold == warm ? "identical " + cold : "cold " + cold + " warm " + warm);
        System.exit(cold == warm ? 0 : 1);
    }

    static TrainingResult defaultRun() {
        Dataset d = DatasetKind.FLOWER.generate(400, 0.2, 1);
        return Trainer.train(Defaults.config(10000), d, d.split(0.2, 1).test());
    }

    private static void warmRun(int r) {
        Activation g = Activation.values()[r % Activation.values().length];
        DatasetKind kind = DatasetKind.values()[r % DatasetKind.values().length];
        int[] hidden = r % 3 == 0 ? new int[] {4} : r % 3 == 1 ? new int[] {6, 3} : new int[] {5, 4, 3};
        Dataset d = kind.generate(200 + 2 * r, 0.25, r);
        Trainer.train(new TrainingConfig(hidden, g, 0.05, Initializer.XAVIER, 0.01, r, 0.5, 3000), d, d);
        Trainer.train(Defaults.config(10000), Defaults.FLOWER, Defaults.EMPTY);
    }

    /** FNV-1a over the raw bits of every number a run reports (but its wall time). */
    static long fingerprint(TrainingResult r) {
        long h = 0xcbf29ce484222325L;
        for (int t : r.iterations()) h = mix(h, t);
        for (double[] series : new double[][] {r.cost(), r.costMin(), r.costMax(), r.trainAccuracy(), r.testAccuracy(),
                r.deadUnits(), r.saturatedUnits()})
            if (series != null) for (double v : series) h = mix(h, Double.doubleToRawLongBits(v));
        for (double[] shares : r.saturation()) for (double v : shares) h = mix(h, Double.doubleToRawLongBits(v));
        for (double[] norms : r.gradientNorms()) for (double v : norms) h = mix(h, Double.doubleToRawLongBits(v));
        for (double[][] w : r.trained().W()) for (double[] row : w) for (double v : row) h = mix(h, Double.doubleToRawLongBits(v));
        for (double[] b : r.trained().b()) for (double v : b) h = mix(h, Double.doubleToRawLongBits(v));
        return mix(h, r.distinctUnits());
    }

    private static long mix(long h, long v) {
        for (int i = 0; i < 8; i++) h = (h ^ ((v >>> (8 * i)) & 0xff)) * 0x100000001b3L;
        return h;
    }
}
