package shallowlab.web.lab;

import java.util.List;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Sweep;

/** A link from the lab page to the comparison of its experiment across one suggested set of values. */
record CompareLink(String label, String href) {

    /** One link per {@link Sweep#SUGGESTED} set, each comparing {@code e} across that set. */
    static List<CompareLink> of(Experiment e) {
        return Sweep.SUGGESTED.stream()
                .map(s -> new CompareLink(s.label(), Sweep.parse(e, s.spec()).sweep().link()))
                .toList();
    }
}
