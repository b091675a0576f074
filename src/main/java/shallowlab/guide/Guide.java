package shallowlab.guide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;
import shallowlab.experiment.Sweep;

/**
 * A short page about one idea: its template ({@code guides/<name>}), the outcome sentence the trials produce,
 * the trials (each a button to the lab), the measures shown for each trial, and whether the page plots g, g′
 * and the histogram of Z[1] for each trial.
 */
public record Guide(String slug, String title, String template, String outcome, List<Trial> trials,
                    List<Measure> measures, boolean plotsDerivatives) {

    public Guide {
        trials = List.copyOf(trials);
        measures = List.copyOf(measures);
        if (trials.isEmpty()) throw new IllegalArgumentException(slug + ": a guide needs at least one trial");
    }

    /** {@code /learn/<slug>}. */
    public String href() { return "/learn/" + slug; }

    /**
     * The comparison page running the trials side by side, when they differ in exactly one parameter: the
     * {@link Sweep#link()} of the first trial across the trials' values of that parameter; otherwise null.
     */
    public String compareHref() {
        Param varied = variedParam();
        if (varied == null) return null;
        List<String> values = trials.stream().map(t -> varied.text(t.experiment())).toList();
        Experiment first = trials.get(0).experiment();
        return Sweep.parse(first, varied.key() + ":" + String.join("|", values)).sweep().link();   // '|' as values may hold commas
    }

    /** The one parameter whose value differs between the trials, or null (none, or several). */
    Param variedParam() {
        Param varied = null;
        for (Param p : Param.values()) {
            Set<String> texts = new LinkedHashSet<>();
            for (Trial t : trials) texts.add(p.text(t.experiment()));
            if (texts.size() == 1) continue;
            if (varied != null) return null;
            varied = p;
        }
        return varied;
    }
}
