package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.nn.TrainingResult;
import shallowlab.nn.TrainingTimeout;

/** Needs the engine (nn, data): runs real trainings and checks them against the course's published numbers. */
@Tag("engine")
class ExperimentRunnerRunTest {
    final ExperimentRunner runner = new ExperimentRunner();

    @Test
    void defaultRunGivesTheNotebooksNumbers() {
        Run run = runner.run(Experiment.DEFAULTS);
        TrainingResult r = run.result();
        assertEquals(0.693048, r.cost()[0], 1e-6);
        double accuracy = r.trainAccuracy()[r.trainAccuracy().length - 1];
        assertEquals(0.905, accuracy, 0, "final train accuracy, to the bit");
        assertEquals(10000, r.iterations()[r.iterations().length - 1]);
        assertNull(r.testAccuracy());
        assertEquals(400, run.split().train().size());
        assertEquals(0, run.split().test().size());
    }

    @Test
    void boundaryCoversTheDataOnA60By60Grid() {
        Run run = runner.run(Experiment.DEFAULTS.with("iterations", "50").orElseThrow());
        Boundary b = run.boundary();
        assertEquals(60, b.size());
        assertEquals(3600, b.values().length);
        for (double x : run.split().train().x1()) assertTrue(b.xMin() < x && x < b.xMax());
        for (double y : run.split().train().x2()) assertTrue(b.yMin() < y && y < b.yMax());
        for (double a : b.values()) assertTrue(a > 0 && a < 1, "sigmoid output " + a);
    }

    @Test
    void testFractionHoldsOutATestSet() {
        Run run = runner.run(Experiment.DEFAULTS.with("testFraction", "0.25").orElseThrow().with("iterations", "100")
                .orElseThrow());
        assertEquals(100, run.split().test().size());
        assertEquals(300, run.split().train().size());
        assertEquals(run.result().cost().length, run.result().testAccuracy().length);
    }

    @Test
    void sameExperimentGivesTheSameBits() {
        Experiment e = Experiment.DEFAULTS.with("iterations", "500").orElseThrow();
        Run first = runner.run(e);
        Run second = runner.run(e);
        assertArrayEquals(first.result().cost(), second.result().cost());
        assertArrayEquals(first.boundary().values(), second.boundary().values());
    }

    @Test
    void passedDeadlineStopsTraining() {
        assertThrows(TrainingTimeout.class, () -> runner.run(Experiment.DEFAULTS, System.nanoTime() - 1));
    }
}
