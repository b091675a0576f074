package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeasureTest {
    @Test
    void aRiseOfRoundingSizeIsNotAStepThatOvershot() {
        double flat = 0.6731461686;
        assertEquals(0, Measure.costRises(new double[] {flat, flat + 1e-16, flat, Math.nextUp(flat)}));
        assertEquals(2, Measure.costRises(new double[] {0.30, 0.3002, 0.29, 0.29 + 1e-6, 0.28}));
    }
}
