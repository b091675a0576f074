package shallowlab.experiment;

import shallowlab.data.Split;
import shallowlab.nn.TrainingResult;

/**
 * One run of an experiment: its data as split for training and testing, what training reported, the boundary, and
 * the name of the file its uploaded points were first stored under ({@code dataName}; null for generated data and
 * drawn points).
 */
public record Run(Experiment experiment, Split split, TrainingResult result, Boundary boundary, String dataName) {
    /** A run on data without a name: generated, or drawn. */
    public Run(Experiment experiment, Split split, TrainingResult result, Boundary boundary) {
        this(experiment, split, result, boundary, null);
    }

    /** The points the run used, train and test: an upload's own count, where {@code experiment.points()} is inactive. */
    public int points() { return split.train().size() + split.test().size(); }
}
