package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The course's planar flower with the defaults (400 points, noise 0.2, seed 1). */
class FlowerTest {
    private final Dataset d = DatasetKind.FLOWER.generate(400, 0.2, 1);

    @Test
    void firstAndLastPointMatchTheNotebook() {
        assertEquals(1.20444229, d.x1()[0], 5e-9);
        assertEquals(3.57611415, d.x2()[0], 5e-9);
        assertEquals(0.73078083, d.x1()[399], 5e-9);
        assertEquals(3.06832921, d.x2()[399], 5e-9);
    }

    /**
     * X.sum() in the notebook, exactly. X = X.T there, a Fortran-ordered 2 × 400 array that numpy sums in memory
     * order, point by point (x1[0], x2[0], x1[1], …); on other data that order and "all x1, then all x2" differ.
     */
    @Test
    void sumOfAllCoordinatesIsNumpysExactly() {
        double[] all = new double[800];
        for (int i = 0; i < 400; i++) {
            all[2 * i] = d.x1()[i];
            all[2 * i + 1] = d.x2()[i];
        }
        assertEquals(10.087983277441666, pairwiseSum(all, 0, all.length), 0);
    }

    @Test
    void halfOfThePointsPerClassInOrder() {
        for (int i = 0; i < 400; i++) assertEquals(i < 200 ? 0 : 1, d.label()[i]);
    }

    /** numpy's pairwise summation (8 accumulators up to 128 elements, halves beyond) — X.sum()'s order. */
    static double pairwiseSum(double[] a, int off, int n) {
        if (n < 8) {
            double s = 0;
            for (int i = 0; i < n; i++) s += a[off + i];
            return s;
        }
        if (n <= 128) {
            double[] r = new double[8];
            System.arraycopy(a, off, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) for (int k = 0; k < 8; k++) r[k] += a[off + i + k];
            double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) s += a[off + i];
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwiseSum(a, off, half) + pairwiseSum(a, off + half, n - half);
    }
}
