package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DatasetKindTest {
    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void sizeBalanceAndLabels(DatasetKind kind) {
        Dataset d = kind.generate(120, 0.3, 7);
        assertEquals(120, d.size());
        assertEquals(120, d.x1().length);
        assertEquals(120, d.x2().length);
        assertEquals(60, Arrays.stream(d.label()).filter(y -> y == 1).count());
        assertTrue(Arrays.stream(d.label()).allMatch(y -> y == 0 || y == 1));
        assertTrue(Arrays.stream(d.x1()).allMatch(Double::isFinite));
        assertTrue(Arrays.stream(d.x2()).allMatch(v -> Math.abs(v) < 10));
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void sameSeedSameBitsOtherSeedOtherData(DatasetKind kind) {
        Dataset a = kind.generate(40, 0.2, 3), b = kind.generate(40, 0.2, 3), c = kind.generate(40, 0.2, 4);
        assertArrayEquals(a.x1(), b.x1());
        assertArrayEquals(a.x2(), b.x2());
        assertFalse(Arrays.equals(a.x1(), c.x1()) && Arrays.equals(a.x2(), c.x2()));
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void noiseChangesThePoints(DatasetKind kind) {
        Dataset clean = kind.generate(40, 0, 3), noisy = kind.generate(40, 1, 3);
        assertFalse(Arrays.equals(clean.x1(), noisy.x1()));
    }

    @Test
    void xorLabelsFollowTheQuadrantsWithoutNoise() {
        Dataset d = DatasetKind.XOR.generate(200, 0, 5);
        for (int i = 0; i < d.size(); i++)
            assertEquals((d.x1()[i] > 0) != (d.x2()[i] > 0) ? 1 : 0, d.label()[i]);
    }

    @Test
    void keysRoundTrip() {
        for (DatasetKind k : DatasetKind.values()) assertEquals(k, DatasetKind.fromKey(k.key()));
        assertNull(DatasetKind.fromKey("nope"));
    }
}
