package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shallowlab.nn.TrainingResult;

/** The records' {@code with…} copies change only what they name and carry every other component over. */
class RecordCopiesTest {
    @Test
    void trainingResultWithTrainingMillisKeepsEverythingElse() throws ReflectiveOperationException {
        TrainingResult r = Runs.result(new double[] {0.4, 0.7, 0.85}, 7, 0.3);
        TrainingResult copy = r.withTrainingMillis(99.5);
        assertEquals(99.5, copy.trainingMillis());
        assertSameExcept(r, copy, Set.of("trainingMillis"));
    }

    @Test
    void runJsonWithoutItsBulkKeepsEverythingElse() throws ReflectiveOperationException {
        RunJson full = RunJson.of(Runs.run(Experiment.DEFAULTS, Runs.result(null, null, 0.3)));
        RunJson bare = full.withoutDataAndParameters();
        assertNull(bare.data());
        assertNull(bare.parameters());
        assertNull(bare.snapshots());
        assertSameExcept(full, bare, Set.of("data", "parameters", "snapshots"));
        RunJson noWeights = full.withoutParameters();
        assertSame(full.data(), noWeights.data());
        assertNull(noWeights.parameters());
        assertSameExcept(full, noWeights, Set.of("parameters"));
    }

    /** Every component of {@code copy} not in {@code changed} is the very object of {@code original}'s. */
    private static void assertSameExcept(Record original, Record copy, Set<String> changed)
            throws ReflectiveOperationException {
        for (RecordComponent c : original.getClass().getRecordComponents()) {
            if (changed.contains(c.getName())) continue;
            Object before = c.getAccessor().invoke(original), after = c.getAccessor().invoke(copy);
            if (c.getType().isPrimitive()) assertEquals(before, after, c.getName());
            else assertSame(before, after, c.getName());
        }
    }
}
