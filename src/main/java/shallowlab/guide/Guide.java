package shallowlab.guide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;

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
     * The comparison page running the trials side by side, when they differ in exactly one parameter:
     * {@code /compare?<the others>&vary=<key>:<v1>,<v2>,...} (layer lists separated by |); otherwise null.
     */
    public String compareHref() {
        Param varied = variedParam();
        if (varied == null) return null;
        Experiment first = trials.get(0).experiment();
        StringJoiner query = new StringJoiner("&");
        for (Param p : Param.values()) if (p != varied) query.add(p.key() + "=" + p.text(first));
        StringJoiner values = new StringJoiner(varied == Param.HIDDEN ? "|" : ",");   // hidden values hold commas
        for (Trial t : trials) values.add(varied.text(t.experiment()));
        return "/compare?" + query + "&vary=" + varied.key() + ":" + values;
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
