package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitTest {
    private final Dataset d = DatasetKind.FLOWER.generate(400, 0.2, 1);

    @Test
    void quarterHeldOutBalancedAndDisjoint() {
        Split s = d.split(0.25, 9);
        assertEquals(300, s.train().size());
        assertEquals(100, s.test().size());
        assertEquals(50, Arrays.stream(s.test().label()).sum());
        Set<Double> train = new HashSet<>();
        for (double v : s.train().x1()) train.add(v);
        for (double v : s.test().x1()) assertFalse(train.contains(v));
        Set<Double> all = new HashSet<>(train);
        for (double v : s.test().x1()) all.add(v);
        assertEquals(400, all.size());
    }

    @Test
    void zeroFractionKeepsEverythingForTraining() {
        Split s = d.split(0, 9);
        assertEquals(0, s.test().size());
        assertArrayEquals(d.x1(), s.train().x1());
    }

    @Test
    void deterministicPerSeed() {
        assertArrayEquals(d.split(0.3, 2).test().x1(), d.split(0.3, 2).test().x1());
        assertTrue(!Arrays.equals(d.split(0.3, 2).test().x1(), d.split(0.3, 3).test().x1()));
    }
}
