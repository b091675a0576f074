package shallowlab.experiment;

import java.util.function.Function;
import shallowlab.data.Dataset;
import shallowlab.data.Split;
import shallowlab.nn.Trainer;
import shallowlab.nn.TrainingResult;

/**
 * Runs an experiment: generates the data from {@code dataSeed}, holds out {@code testFraction} of it (same seed),
 * trains from the weights drawn with {@code initSeed}, and evaluates the trained network on the boundary grid.
 * Holds no state: the same experiment always gives the same run. Not final, so a test can hold a training back.
 */
public class ExperimentRunner {

    /** The run of {@code e}, however long training takes. */
    public Run run(Experiment e) {
        return run(e, split -> Trainer.train(e.trainingConfig(), split.train(), split.test()));
    }

    /** The run of {@code e}; throws {@link shallowlab.nn.TrainingTimeout} once {@code System.nanoTime()} passes the deadline. */
    public Run run(Experiment e, long deadlineNanos) {
        return run(e, split -> Trainer.train(e.trainingConfig(), split.train(), split.test(), deadlineNanos));
    }

    private static Run run(Experiment e, Function<Split, TrainingResult> train) {
        Dataset data = e.dataset().generate(e.points(), e.noise(), e.dataSeed());
        Split split = data.split(e.testFraction(), e.dataSeed());
        TrainingResult result = train.apply(split);
        Boundary boundary = Boundary.of(result.trained(), e.activation(), e.leak(), data);
        return new Run(e, split, result, boundary);
    }
}
