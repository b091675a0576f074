package shallowlab.experiment;

import shallowlab.data.Split;
import shallowlab.nn.TrainingResult;

/** One run of an experiment: its data as split for training and testing, what training reported, and the boundary. */
public record Run(Experiment experiment, Split split, TrainingResult result, Boundary boundary) {
    /** The points the run used, train and test: an upload's own count, where {@code experiment.points()} is inactive. */
    public int points() { return split.train().size() + split.test().size(); }
}
