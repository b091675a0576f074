package shallowlab.web.lab;

import java.util.List;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;
import shallowlab.experiment.Sweep;

/** A link from the lab page to the comparison of its experiment across one suggested set of values. */
record CompareLink(String label, String href) {

    /**
     * One link per {@link Sweep#SUGGESTED} set, each comparing {@code e} across that set; a set whose parameter
     * can't change {@code e}'s runs (init scales with xavier, he or zeros init) is left out.
     */
    static List<CompareLink> of(Experiment e) {
        return Sweep.SUGGESTED.stream()
                .filter(s -> Param.fromKey(s.key()).inactiveReason(e) == null)
                .map(s -> new CompareLink(s.label(), Sweep.parse(e, s.spec()).sweep().link()))
                .toList();
    }
}
