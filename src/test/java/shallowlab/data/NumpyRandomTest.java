package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Fingerprints printed by numpy's legacy API (np.random.seed / randn / rand). */
class NumpyRandomTest {
    @Test
    void randnSeed1MatchesNumpy() {
        double[] expected = {1.62434536, -0.61175641, -0.52817175, -1.07296862, 0.86540763, -2.3015387};
        assertArrayEquals(expected, new NumpyRandom(1).randn(6), 5e-9);
    }

    @Test
    void randnSeed0MatchesNumpy() {
        assertArrayEquals(new double[] {1.76405235, 0.40015721, 0.97873798}, new NumpyRandom(0).randn(3), 5e-9);
    }

    @Test
    void randSeed1MatchesNumpy() {
        NumpyRandom r = new NumpyRandom(1);
        assertEquals(0.417022005, r.rand(), 5e-10);
        assertEquals(0.720324493, r.rand(), 5e-10);
        assertEquals(0.000114374817, r.rand(), 5e-13);
    }

    @Test
    void exactBitsOfFirstDraws() {
        // numpy: np.random.seed(1); np.random.randn(2).tobytes() / np.random.seed(4294967295); np.random.rand()
        NumpyRandom r = new NumpyRandom(1);
        assertEquals(0x3ff9fd5190657c50L, Double.doubleToRawLongBits(r.randn()));
        assertEquals(0xbfe393822fb7d9adL, Double.doubleToRawLongBits(r.randn()));
        assertEquals(0x3fb8fe69a3924820L, Double.doubleToRawLongBits(new NumpyRandom(4294967295L).rand()));
    }

    @Test
    void seedsOutsideUint32AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(1L << 32));
    }
}
