package shallowlab.web.compare;

import shallowlab.experiment.Run;
import shallowlab.guide.Measure;
import shallowlab.web.lab.RunSummary;

/**
 * One row of a comparison's results table: the varied value, the link to its single run on the lab page, and its
 * final numbers formatted as the lab page shows them ({@code done} false and numbers null while it runs);
 * {@code costRises}, the recorded steps at which the cost rose (a step that overshot), as the lab's learning-rate
 * card counts them, out of the steps between records: "57 of 574".
 */
record CompareRow(int index, String value, String link, boolean done, String finalCost, String trainAccuracy,
                  String testAccuracy, String distinctUnits, Integer diverged, String costRises) {

    /** A row whose run has not finished yet. */
    static CompareRow running(int index, String value, String link) {
        return new CompareRow(index, value, link, false, null, null, null, null, null, null);
    }

    /** The row of a finished run. */
    static CompareRow of(int index, String value, Run run) {
        RunSummary s = RunSummary.of(run);
        return new CompareRow(index, value, s.link(), true, s.finalCost(), s.trainAccuracy(), s.testAccuracy(),
                s.distinctUnits(), s.diverged(), Measure.COST_RISES.of(run) + " of " + (run.result().cost().length - 1));
    }
}
