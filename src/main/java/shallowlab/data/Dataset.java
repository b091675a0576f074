package shallowlab.data;

/** m labelled points in the plane: point i is (x1[i], x2[i]) with label[i] in {0, 1}. */
public record Dataset(double[] x1, double[] x2, int[] label) {
    public int size() { return label.length; }

    /**
     * Train/test split: a share {@code testFraction} (0..0.5) held out, chosen deterministically from {@code seed}.
     * Per class c (n_c points): a Fisher–Yates shuffle of its indices drawn from {@code NumpyRandom(seed)},
     * the first round(testFraction·n_c) go to test. Both parts keep the original point order.
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction <= 0.5)) throw new IllegalArgumentException("testFraction must be in 0..0.5");
        NumpyRandom rng = new NumpyRandom(seed);
        boolean[] test = new boolean[size()];
        for (int c = 0; c <= 1; c++) {
            int[] idx = indicesOf(c);
            for (int i = idx.length - 1; i > 0; i--) {
                int j = (int) (rng.rand() * (i + 1));
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            long held = Math.round(testFraction * idx.length);
            for (int i = 0; i < held; i++) test[idx[i]] = true;
        }
        return new Split(subset(test, false), subset(test, true));
    }

    private int[] indicesOf(int c) {
        int n = 0;
        for (int y : label) if (y == c) n++;
        int[] idx = new int[n];
        for (int i = 0, k = 0; i < label.length; i++) if (label[i] == c) idx[k++] = i;
        return idx;
    }

    private Dataset subset(boolean[] test, boolean want) {
        int n = 0;
        for (boolean t : test) if (t == want) n++;
        double[] a = new double[n], b = new double[n];
        int[] y = new int[n];
        for (int i = 0, k = 0; i < test.length; i++) {
            if (test[i] != want) continue;
            a[k] = x1[i];
            b[k] = x2[i];
            y[k++] = label[i];
        }
        return new Dataset(a, b, y);
    }
}
