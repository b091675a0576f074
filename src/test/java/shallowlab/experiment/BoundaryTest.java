package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BoundaryTest {
    @Test
    void boxIsWidenedByATenthOfTheSpanOnEachSide() {
        assertArrayEquals(new double[] {-1.4, 3.4}, Boundary.widened(new double[] {0, 2, -1, 3}), 1e-12);
    }

    @Test
    void zeroSpanIsWidenedByOne() {
        assertArrayEquals(new double[] {1, 3}, Boundary.widened(new double[] {2, 2}));
        assertArrayEquals(new double[] {-1, 1}, Boundary.widened(new double[0]));
    }
}
