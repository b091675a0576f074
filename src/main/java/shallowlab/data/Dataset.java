package shallowlab.data;

/** m labelled points in the plane: point i is (x1[i], x2[i]) with label[i] in {0, 1}. */
public record Dataset(double[] x1, double[] x2, int[] label) {
    public int size() { return label.length; }

    /** Train/test split: a share {@code testFraction} (0..0.5) held out, chosen deterministically from {@code seed}. */
    public Split split(double testFraction, long seed) {
        throw new UnsupportedOperationException("TODO engine");
    }
}
