package shallowlab.experiment;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import shallowlab.data.Dataset;
import shallowlab.data.Split;
import shallowlab.nn.Trainer;
import shallowlab.nn.TrainingResult;

/**
 * Runs an experiment: generates the data from {@code dataSeed} (or loads the uploaded points its id names), holds out {@code testFraction} of it (same seed),
 * trains from the weights drawn with {@code initSeed}, and evaluates the trained network on the boundary grid.
 * Holds no state: the same experiment always gives the same run. Not final, so a test can hold a training back.
 */
public class ExperimentRunner {
    private final Datasets uploads;

    /** A runner for generated data only: every {@code custom:<id>} is unknown. */
    public ExperimentRunner() { this(Datasets.NONE); }

    /** A runner that loads {@code custom:<id>} data from {@code uploads}. */
    public ExperimentRunner(Datasets uploads) { this.uploads = uploads; }

    /**
     * The points of {@code e}, before the split: generated, or the uploaded dataset (the id names immutable content,
     * so the same experiment always has the same points). Throws {@link RunRefused} (400 naming {@code dataset})
     * for an id no upload has.
     */
    public Dataset data(Experiment e) {
        DataSource source = e.dataset();
        if (!source.isCustom()) return source.kind().generate(e.points(), e.noise(), e.dataSeed());
        return uploads.find(source.customId()).orElseThrow(() -> new RunRefused(400, null, Map.of(Param.DATASET.key(),
                "no uploaded dataset has the id " + source.customId() + "; upload the CSV again (it gets the same id)"
                + " or choose a generated dataset")));
    }

    /** The name the upload {@code e} runs on was first uploaded under; empty for generated data or no name. */
    public Optional<String> uploadName(Experiment e) {
        return e.dataset().isCustom() ? uploads.name(e.dataset().customId()) : Optional.empty();
    }

    /** The run of {@code e}, however long training takes. */
    public Run run(Experiment e) {
        return run(e, split -> Trainer.train(e.trainingConfig(), split.train(), split.test()));
    }

    /** The run of {@code e}; throws {@link shallowlab.nn.TrainingTimeout} once {@code System.nanoTime()} passes the deadline. */
    public Run run(Experiment e, long deadlineNanos) {
        return run(e, split -> Trainer.train(e.trainingConfig(), split.train(), split.test(), deadlineNanos));
    }

    /**
     * Why {@code e}'s split leaves it nothing to learn, keyed {@code testFraction}; empty when both classes keep a
     * training point. The share held out of a class is rounded, so a class of one point is all held out from 0.5 on:
     * only uploads made before they needed two points of each class can have one (generated data has at least 10).
     */
    public static Map<String, String> splitProblem(Experiment e, Dataset data) {
        for (int c = 0; c <= 1; c++) {
            int n = 0;
            for (int y : data.label()) if (y == c) n++;
            if (n > 0 && Math.round(e.testFraction() * n) >= n) {
                return Map.of(Param.TEST_FRACTION.key(), "holding out " + e.testFraction()
                        + " of each class leaves no training point of label " + c + ", which this dataset has only "
                        + (n == 1 ? "once" : n + " times") + ": choose a test share below 0.5");
            }
        }
        return Map.of();
    }

    private Run run(Experiment e, Function<Split, TrainingResult> train) {
        Dataset data = data(e);
        Map<String, String> problem = splitProblem(e, data);
        if (!problem.isEmpty()) throw new RunRefused(400, null, problem);
        Split split = data.split(e.testFraction(), e.dataSeed());
        TrainingResult result = train.apply(split);
        Boundary boundary = Boundary.of(result.trained(), e.activation(), e.leak(), data);
        return new Run(e, split, result, boundary, uploadName(e).orElse(null));
    }
}
