package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void aLayersShareKeepsItsPercentSignOnItsLine() {
        assertEquals("25\u00a0% · 0\u00a0%", Format.perLayer(new double[] {0.25, 0}));
        assertEquals("90.50 %", Format.percent(0.905));
    }
}
