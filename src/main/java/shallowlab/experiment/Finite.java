package shallowlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Numbers for JSON, which has no NaN or Infinity: a non-finite value (a diverged run) becomes null. */
final class Finite {
    private Finite() {}

    static Double of(double d) { return Double.isFinite(d) ? d : null; }

    static List<Double> of(double[] v) {
        if (v == null) return null;
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) out.add(of(d));
        return out;
    }

    static List<List<Double>> of(double[][] m) {
        return m == null ? null : Arrays.stream(m).map(Finite::of).toList();
    }

    static List<List<List<Double>>> of(double[][][] t) {
        return t == null ? null : Arrays.stream(t).map(Finite::of).toList();
    }
}
