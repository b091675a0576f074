package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shallowlab.data.DatasetKind;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;

class ExperimentCodecTest {
    /** The default's canonical query: tanh reads no leak, so the link leaves it out. */
    static final String DEFAULT_QUERY = "dataset=flower&points=400&noise=0.2&testFraction=0&dataSeed=1&hidden=4"
            + "&activation=tanh&learningRate=1.2&init=random&initScale=0.01&initSeed=2&iterations=10000";
    /** The same link as written before inactive keys were left out: it must keep replaying the default run. */
    static final String OLD_DEFAULT_QUERY = "dataset=flower&points=400&noise=0.2&testFraction=0&dataSeed=1&hidden=4"
            + "&activation=tanh&leak=0.01&learningRate=1.2&init=random&initScale=0.01&initSeed=2&iterations=10000";

    static Experiment parse(String query) { return Experiment.fromQuery(Queries.parse(query)).orElseThrow(); }

    @Test
    void defaultsAreTheCourseNotebook() {
        Experiment d = Experiment.DEFAULTS;
        assertEquals(new Experiment(DatasetKind.FLOWER, 400, 0.2, 0, 1, List.of(4), Activation.TANH, 0.01, 1.2,
                Initializer.RANDOM, 0.01, 2, 10000), d);
    }

    @Test
    void canonicalQueryListsEveryKeyInTableOrder() {
        assertEquals(DEFAULT_QUERY, Experiment.DEFAULTS.toQuery());
        assertEquals("/?" + DEFAULT_QUERY, Experiment.DEFAULTS.link());
        assertEquals(Experiment.DEFAULTS, parse(OLD_DEFAULT_QUERY), "an old link is the same experiment");
    }

    @Test
    void aKeyTheRunCannotUseTakesItsDefaultAndLeavesTheLink() {
        Experiment relu = parse("activation=relu&leak=0.3&init=xavier&initScale=7");
        assertEquals(0.01, relu.leak(), "relu reads no leak");
        assertEquals(0.01, relu.initScale(), "xavier sets its own scale");
        assertEquals(parse("activation=relu&init=xavier"), relu, "one experiment, one cache entry");
        assertFalse(relu.link().contains("leak=") || relu.link().contains("initScale="), relu.link());
        Experiment leaky = parse("activation=leaky_relu&leak=0.3&init=constant&initScale=7");
        assertTrue(leaky.link().contains("&leak=0.3&") && leaky.link().contains("&initScale=7&"), leaky.link());
        assertEquals(leaky, parse(leaky.toQuery()));
    }

    @Test
    void emptyQueryGivesDefaults() {
        assertEquals(Experiment.DEFAULTS, parse(""));
    }

    @Test
    void roundTripsDefaultsAndOthers() {
        List<String> queries = List.of(DEFAULT_QUERY, "hidden=4,3&activation=relu&init=he",
                "dataset=spiral&points=2000&noise=0&testFraction=0.5&dataSeed=4294967295&hidden=64,64,64,64,64,64",
                "activation=leaky_relu&leak=0.5&learningRate=0.001&init=constant&initScale=100&initSeed=0&iterations=1",
                "dataset=xor&points=20&noise=1&testFraction=0.25&learningRate=10&init=zeros&initScale=0",
                "noise=0.30000000000000004&learningRate=1e-7&initScale=3.14159");
        for (String q : queries) {
            Experiment e = parse(q);
            assertEquals(e, parse(e.toQuery()), q);
            assertEquals(e.toQuery(), parse(e.toQuery()).toQuery(), q);
        }
    }

    @Test
    void numbersAreWrittenInShortestPlainForm() {
        Experiment e = parse("noise=.50&testFraction=0.0&learningRate=1e-4&initScale=100.000&points=0400&hidden=04,3");
        String q = e.toQuery();
        assertTrue(q.contains("noise=0.5&"), q);
        assertTrue(q.contains("testFraction=0&"), q);
        assertTrue(q.contains("learningRate=0.0001&"), q);
        assertTrue(q.contains("initScale=100&"), q);
        assertTrue(q.contains("points=400&"), q);
        assertTrue(q.contains("hidden=4,3&"), q);
        assertTrue(parse("noise=0.3").toQuery().contains("noise=0.3&"));
    }

    @Test
    void equalExperimentsAreEqualRecords() {
        assertEquals(parse("hidden=4,3&noise=0.20"), parse("hidden=4, 3&noise=2e-1"));
        assertEquals(parse("noise=0").hashCode(), parse("noise=-0").hashCode());
        assertEquals(parse("noise=0"), parse("noise=-0"));
    }

    @Test
    void hiddenIsImmutable() {
        Experiment e = parse("hidden=4,3");
        assertEquals(List.of(4, 3), e.hidden());
        assertThrows(UnsupportedOperationException.class, () -> e.hidden().add(5));
    }

    @Test
    void withSetsOneParameterAndValidatesIt() {
        Parsed p = Experiment.DEFAULTS.with("hidden", "20");
        assertEquals(List.of(20), p.orElseThrow().hidden());
        assertEquals(Experiment.DEFAULTS.iterations(), p.orElseThrow().iterations());
        assertEquals(Map.of("hidden", "must be 1 to 6 layer sizes separated by commas, each from 1 to 64"),
                Experiment.DEFAULTS.with("hidden", "0").errors());
        assertEquals(Map.of("depth", "unknown parameter"), Experiment.DEFAULTS.with("depth", "3").errors());
    }

    @Test
    void trainingConfigCarriesTheNetworkAndTraining() {
        var c = parse("hidden=5,2&activation=leaky_relu&leak=0.1&init=constant&initScale=2&initSeed=7&learningRate=0.5"
                + "&iterations=30").trainingConfig();
        assertArrayEquals(new int[] {5, 2}, c.hidden());
        assertEquals(Activation.LEAKY_RELU, c.activation());
        assertEquals(0.1, c.leak());
        assertEquals(Initializer.CONSTANT, c.init());
        assertEquals(2, c.initScale());
        assertEquals(7, c.initSeed());
        assertEquals(0.5, c.learningRate());
        assertEquals(30, c.iterations());
    }
}
