package shallowlab.guide;

import shallowlab.experiment.Experiment;

/** One experiment of a guide and the label of its button; the button opens exactly this run in the lab. */
public record Trial(String label, Experiment experiment) {
    /** The lab page with this experiment (its canonical share link). */
    public String href() { return experiment.link(); }
}
