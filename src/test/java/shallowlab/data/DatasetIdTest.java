package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetIdTest {
    private static final Dataset THREE = new Dataset(new double[] {1.0, 0.1, -0.0}, new double[] {-2.5, 3.0, 1e-300},
            new int[] {1, 0, 1});

    /**
     * The oracle is Python: {@code struct.pack('>d', x).hex()} per coordinate, lines "x1 x2 label\n", then
     * {@code hashlib.sha256(text).hexdigest()[:16]}; an id that changed would break every uploaded link.
     */
    @Test
    void theIdIsTheHashOfTheExactBitsAsPythonComputesIt() {
        assertEquals("3ff0000000000000 c004000000000000 1\n3fb999999999999a 4008000000000000 0\n"
                + "8000000000000000 01a56e1fc2f8f359 1\n", DatasetId.canonicalText(THREE));
        assertEquals("9b3eaaa8c474cecb", DatasetId.of(THREE));
    }

    @Test
    void samePointsSameIdAndAnyChangeAnotherOne() {
        Dataset copy = new Dataset(THREE.x1().clone(), THREE.x2().clone(), THREE.label().clone());
        assertEquals(DatasetId.of(THREE), DatasetId.of(copy));
        Dataset oneUlp = new Dataset(new double[] {1.0, Math.nextUp(0.1), -0.0}, THREE.x2(), THREE.label());
        Dataset relabelled = new Dataset(THREE.x1(), THREE.x2(), new int[] {1, 1, 0});
        Dataset reordered = new Dataset(new double[] {0.1, 1.0, -0.0}, new double[] {3.0, -2.5, 1e-300}, new int[] {0, 1, 1});
        for (Dataset other : new Dataset[] {oneUlp, relabelled, reordered}) {
            assertNotEquals(DatasetId.of(THREE), DatasetId.of(other));
        }
    }

    @Test
    void theCanonicalTextReadsBackBitForBit() {
        Dataset back = DatasetId.fromCanonicalText(DatasetId.canonicalText(THREE));
        assertArrayEquals(THREE.x1(), back.x1());
        assertArrayEquals(THREE.x2(), back.x2());
        assertArrayEquals(THREE.label(), back.label());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.x1()[2]));
    }

    @Test
    void wellFormedIdsAreSixteenLowerCaseHexDigits() {
        assertTrue(DatasetId.isWellFormed("9b3eaaa8c474cecb"));
        for (String bad : new String[] {null, "", "9B3EAAA8C474CECB", "9b3eaaa8c474cec", "9b3eaaa8c474cecbb", "9b3eaaa8c474cecg"}) {
            assertFalse(DatasetId.isWellFormed(bad), bad);
        }
    }
}
