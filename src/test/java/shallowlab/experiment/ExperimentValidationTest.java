package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shallowlab.data.DatasetKind;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;

class ExperimentValidationTest {
    static Map<String, String> errors(String query) { return Experiment.fromQuery(Queries.parse(query)).errors(); }

    @ParameterizedTest(name = "{0}={1} is accepted")
    @CsvSource(delimiter = '|', value = {
            "points|20", "points|2000", "noise|0", "noise|1", "testFraction|0.5", "dataSeed|0",
            "dataSeed|4294967295", "hidden|1", "hidden|64,1,2,3,4,5", "leak|0", "leak|0.5", "learningRate|10",
            "learningRate|0.0000001", "initScale|0", "initScale|100", "iterations|1", "iterations|20000",
            "activation|leaky_relu", "init|xavier", "dataset|gaussians", "noise|+0.5", "noise|1E-1"})
    void acceptsBoundaryValues(String key, String value) {
        assertEquals(Map.of(), errors(key + "=" + value));
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource(delimiter = '|', value = {
            "points|7|must be an even number from 20 to 2000", "points|18|must be an even number from 20 to 2000",
            "points|2002|must be an even number from 20 to 2000", "points|401|must be an even number from 20 to 2000",
            "points|400.0|must be an even number from 20 to 2000", "points|4e2|must be an even number from 20 to 2000",
            "noise|1.01|must be a number from 0 to 1", "noise|-0.1|must be a number from 0 to 1",
            "noise|NaN|must be a number from 0 to 1", "noise|Infinity|must be a number from 0 to 1",
            "noise|0x1p-3|must be a number from 0 to 1", "noise|0.5d|must be a number from 0 to 1",
            "noise|1e999|must be a number from 0 to 1", "noise|abc|must be a number from 0 to 1",
            "testFraction|0.6|must be a number from 0 to 0.5",
            "dataSeed|-1|must be a whole number from 0 to 4294967295",
            "dataSeed|4294967296|must be a whole number from 0 to 4294967295",
            "dataSeed|99999999999999999999|must be a whole number from 0 to 4294967295",
            "hidden|0|must be 1 to 6 layer sizes separated by commas, each from 1 to 64",
            "hidden|65|must be 1 to 6 layer sizes separated by commas, each from 1 to 64",
            "hidden|1,2,3,4,5,6,7|must be 1 to 6 layer sizes separated by commas, each from 1 to 64",
            "hidden|4,,3|must be 1 to 6 layer sizes separated by commas, each from 1 to 64",
            "hidden|4;3|must be 1 to 6 layer sizes separated by commas, each from 1 to 64",
            "activation|softmax|must be one of sigmoid, tanh, relu, leaky_relu, linear",
            "activation|TANH|must be one of sigmoid, tanh, relu, leaky_relu, linear",
            "init|normal|must be one of random, zeros, constant, xavier, he",
            "dataset|iris|must be one of flower, circles, moons, xor, gaussians, spiral",
            "leak|0.6|must be a number from 0 to 0.5",
            "learningRate|0|must be a number greater than 0 and at most 10",
            "learningRate|10.5|must be a number greater than 0 and at most 10",
            "initScale|101|must be a number from 0 to 100",
            "iterations|0|must be a whole number from 1 to 20000",
            "iterations|20001|must be a whole number from 1 to 20000"})
    void rejectsWithAMessageSayingWhatIsAllowed(String key, String value, String message) {
        assertEquals(Map.of(key, message), errors(key + "=" + value));
    }

    @Test
    void reportsEveryBadFieldInTableOrderThenUnknownKeys() {
        Map<String, String> e = errors("foo=1&iterations=0&points=7&noise=2&bar=");
        assertEquals(List.of("points", "noise", "iterations", "foo", "bar"), List.copyOf(e.keySet()));
        assertEquals("unknown parameter", e.get("foo"));
        assertEquals("unknown parameter", e.get("bar"));
    }

    @Test
    void emptyValueIsRequiredButAbsentKeyIsTheDefault() {
        assertEquals(Map.of("noise", "is required and must be a number from 0 to 1"), errors("noise="));
        assertEquals(Map.of("noise", "is required and must be a number from 0 to 1"), errors("noise=%20"));
        assertEquals(Map.of("hidden", "is required and " + Param.HIDDEN.messageFor("")), errors("hidden"));
        assertTrue(Experiment.fromQuery(Map.of("noise", List.of())).errors().containsKey("noise"));
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        assertEquals(Map.of("points", "is given more than once"), errors("points=400&points=400"));
    }

    @Test
    void invalidResultKeepsSubmittedTextForTheForm() {
        Parsed p = Experiment.fromQuery(Queries.parse("points=7&noise=0.3"));
        assertFalse(p.isValid());
        assertNull(p.experiment());
        Field points = p.fields().get(Param.POINTS.ordinal());
        assertEquals(new Field("points", "7", "400", List.of(), "must be an even number from 20 to 2000"), points);
        assertEquals("0.3", p.fields().get(Param.NOISE.ordinal()).value());
        assertNull(p.fields().get(Param.NOISE.ordinal()).error());
        assertThrows(IllegalArgumentException.class, p::orElseThrow);
    }

    @Test
    void formFieldsFollowTheTable() {
        List<Field> fields = Experiment.DEFAULTS.with("hidden", "4,3").orElseThrow().fields();
        assertEquals(Param.values().length, fields.size());
        assertEquals(new Field("hidden", "4,3", "4", List.of(), null), fields.get(Param.HIDDEN.ordinal()));
        assertEquals(List.of("sigmoid", "tanh", "relu", "leaky_relu", "linear"),
                fields.get(Param.ACTIVATION.ordinal()).options());
    }

    @Test
    void tableOrderIsTheRecordOrder() {
        RecordComponent[] components = Experiment.class.getRecordComponents();
        assertEquals(Param.values().length, components.length);
        for (Param p : Param.values()) assertEquals(components[p.ordinal()].getName(), p.key());
    }

    @Test
    void constructorRejectsValuesOutsideTheTable() {
        var ex = assertThrows(IllegalArgumentException.class, () -> new Experiment(DatasetKind.FLOWER, 401, 0.2, 0, 1,
                List.of(4), Activation.TANH, 0.01, 1.2, Initializer.RANDOM, 0.01, 2, 10000));
        assertEquals("points must be an even number from 20 to 2000", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Experiment(DatasetKind.FLOWER, 400, Double.NaN, 0, 1,
                List.of(4), Activation.TANH, 0.01, 1.2, Initializer.RANDOM, 0.01, 2, 10000));
        assertThrows(IllegalArgumentException.class, () -> new Experiment((DataSource) null, 400, 0.2, 0, 1,
                List.of(4), Activation.TANH, 0.01, 1.2, Initializer.RANDOM, 0.01, 2, 10000));
    }
}
