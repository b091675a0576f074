package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
    static final Experiment BASE = Experiment.DEFAULTS;

    static Sweep sweep(String spec) {
        Sweep.Outcome outcome = Sweep.parse(BASE, spec);
        assertTrue(outcome.isValid(), outcome.error());
        return outcome.sweep();
    }

    static String error(String spec) {
        Sweep.Outcome outcome = Sweep.parse(BASE, spec);
        assertFalse(outcome.isValid(), spec);
        return outcome.error();
    }

    /** The form offers each parameter's example values when it is chosen: each set must compare on the course's run. */
    @Test
    void everyParametersExampleValuesMakeAComparison() {
        for (Param p : Param.values()) {
            Experiment base = p == Param.LEAK ? BASE.with("activation", "leaky_relu").orElseThrow() : BASE;
            Sweep.Outcome outcome = Sweep.parse(base, p.key() + ":" + String.join(",", Sweep.exampleValues(p)));
            assertTrue(outcome.isValid(), p.key() + ": " + outcome.error());
            assertTrue(outcome.sweep().values().size() >= Sweep.MIN_VALUES, p.key());
        }
    }

    @Test
    void hiddenSizesAreOneLayerEachAndOnlyThatKeyChanges() {
        Sweep s = sweep("hidden:1,2,3");
        assertEquals(Param.HIDDEN, s.param());
        assertEquals(List.of("1", "2", "3"), s.values());
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(i + 1), s.experiments().get(i).hidden());
            assertEquals(BASE.with("hidden", String.valueOf(i + 1)).orElseThrow(), s.experiments().get(i));
        }
    }

    @Test
    void barSeparatesValuesThatHoldCommas() {
        Sweep s = sweep("hidden:4|8,8|16");
        assertEquals(List.of("4", "8,8", "16"), s.values());
        assertEquals(List.of(8, 8), s.experiments().get(1).hidden());
        assertEquals("hidden:4|8,8|16", s.spec());
        assertTrue(s.toQuery().endsWith("&vary=hidden:4%7C8,8%7C16"), s.toQuery());
    }

    @Test
    void valuesAreCanonicalAndTheLinkIsTheBaseQueryPlusTheSpec() {
        Sweep s = sweep(" learningRate : 0.010, 1.20 ,5 ");
        assertEquals(List.of("0.01", "1.2", "5"), s.values());
        assertEquals("/compare?" + BASE.toQuery() + "&vary=learningRate:0.01,1.2,5", s.link());
        assertEquals(s, sweep(s.spec()));
    }

    @Test
    void missingOrMalformedSpecSaysWhatIsExpected() {
        assertTrue(error(null).startsWith("is required"));
        assertTrue(error("").startsWith("is required"));
        assertTrue(error("hidden").startsWith("must be a parameter, a colon and its values"));
    }

    @Test
    void unknownKeyIsNamed() {
        assertTrue(error("depth:1,2").startsWith("'depth' is not a parameter; use one of dataset, points"));
    }

    @Test
    void badValueIsNamedWithTheParametersMessage() {
        assertEquals("value '20': learningRate must be a number greater than 0 and at most 10",
                error("learningRate:0.1,20"));
        assertEquals("value 'softmax': activation must be one of sigmoid, tanh, relu, leaky_relu, linear",
                error("activation:tanh,softmax"));
        assertEquals("value '': hidden is required and " + Param.HIDDEN.messageFor(""), error("hidden:1,,2"));
    }

    @Test
    void twoToEightDistinctValues() {
        assertEquals("has 1 value; give 2 to 8 values to compare", error("hidden:4"));
        assertEquals("has 9 values; give 2 to 8 values to compare", error("hidden:1,2,3,4,5,6,7,8,9"));
        assertEquals("has no values; give 2 to 8, separated by commas, " + Sweep.EXAMPLE, error("hidden:"));
        assertEquals("has one value, '1 2 3': separate the values with commas, " + Sweep.EXAMPLE, error("hidden:1 2 3"));
        assertEquals("has one value, 'tanh;relu': separate the values with commas, " + Sweep.EXAMPLE,
                error("activation:tanh;relu"));
        assertEquals(8, sweep("hidden:1,2,3,4,5,6,7,8").experiments().size());
        assertEquals("value '0.10' is given twice (as learningRate=0.1)", error("learningRate:0.1,0.10"));
    }

    @Test
    void everySuggestionIsAValidSweep() {
        for (Sweep.Suggestion suggestion : Sweep.SUGGESTED) {
            assertEquals(suggestion.key(), sweep(suggestion.spec()).param().key());
        }
    }
}
