package shallowlab.web.lab;

import java.util.List;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;
import shallowlab.experiment.Sweep;

/** A link from the lab page to the comparison of its experiment across one suggested set of values. */
record CompareLink(String label, String href) {

    /**
     * One link per {@link Sweep#SUGGESTED} set, each comparing {@code e} across that set; a set whose parameter
     * can't change {@code e}'s runs (init scales with xavier, he or zeros init) is left out. On uploaded data the
     * datasets' comparison ends with that data, so the learner's points stand beside the generated ones; its base is
     * the default dataset (each run replaces the base's dataset, so no run changes), which lets its form set the
     * points and noise of the generated ones: an upload as the base would disable those fields there.
     */
    static List<CompareLink> of(Experiment e) {
        return Sweep.SUGGESTED.stream()
                .filter(s -> Param.fromKey(s.key()).inactiveReason(e) == null)
                .map(s -> new CompareLink(s.label(), Sweep.parse(base(s, e), spec(s, e)).sweep().link()))
                .toList();
    }

    private static Experiment base(Sweep.Suggestion s, Experiment e) {
        return ownData(s, e) ? e.with(Param.DATASET.key(), Experiment.DEFAULTS.dataset().key()).experiment() : e;
    }

    private static String spec(Sweep.Suggestion s, Experiment e) {
        return ownData(s, e) ? s.spec() + "," + e.dataset().key() : s.spec();
    }

    /** Whether {@code s} compares datasets and {@code e} runs on uploaded points. */
    private static boolean ownData(Sweep.Suggestion s, Experiment e) {
        return s.key().equals(Param.DATASET.key()) && e.dataset().isCustom();
    }
}
