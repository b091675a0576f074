package shallowlab.web.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shallowlab.experiment.Param;
import shallowlab.experiment.Run;
import shallowlab.experiment.Sweep;

/**
 * What the compare page shows of a valid sweep: the varied parameter's key (in links) and label (what the page
 * calls it, e.g. "Learning rate α"), its links and one table row per value. Without runs (the usual
 * case) the rows say "running…" and the page's script fills them from {@code eventsHref}; with runs
 * ({@code static=1}) they are filled here and the script draws from the page data alone. A comparison of
 * learning rates also counts, per run, the recorded steps at which the cost rose ({@code hasRises}): the overshoot
 * it is made to show, which the final numbers alone hide (α = 10 can end as close as α = 1.2).
 */
record ComparePage(String key, String label, String link, String jsonHref, String staticHref, String eventsHref,
                   List<CompareRow> rows, boolean complete, boolean hasTest, boolean hasRises) {

    /** The page of {@code sweep}, its values named as {@code shown} (in order: an upload by its file's name). */
    static ComparePage of(Sweep sweep, List<String> shown, List<Run> runs) {
        String query = sweep.toQuery();
        List<CompareRow> rows = new ArrayList<>();
        for (int i = 0; i < sweep.values().size(); i++) {
            String value = shown.get(i);
            rows.add(runs == null ? CompareRow.running(i, value, sweep.experiments().get(i).link())
                    : CompareRow.of(i, value, runs.get(i)));
        }
        return new ComparePage(sweep.param().key(), sweep.param().label(), sweep.link(), CompareController.JSON_PATH + "?" + query,
                sweep.link() + "&" + CompareQuery.STATIC + "=1", CompareController.EVENTS_PATH + "?" + query,
                rows, runs != null, sweep.experiments().stream().anyMatch(e -> e.testFraction() > 0),
                sweep.param() == Param.LEARNING_RATE);
    }

    /**
     * The page data for compare.js: the key, label, values and the values as shown, and either the runs or where to
     * stream them from.
     */
    Map<String, Object> data(Sweep sweep, List<Run> runs) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", key);
        data.put("label", label);
        data.put("values", sweep.values());
        data.put("shown", rows.stream().map(CompareRow::value).toList());
        data.put("events", complete ? null : eventsHref);
        List<CompareJson.Event> events = new ArrayList<>();
        if (runs != null) for (int i = 0; i < runs.size(); i++) events.add(CompareJson.Event.of(sweep, i, runs.get(i)));
        data.put("runs", events);
        return data;
    }
}
