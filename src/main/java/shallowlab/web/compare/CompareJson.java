package shallowlab.web.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunJson;
import shallowlab.experiment.Sweep;

/**
 * {@code GET /api/compare}: the base config, the varied key and values (typed as in {@code config}), the share
 * link, and per value its lab link and its run as in {@code /api/experiment}, with {@code data} and
 * {@code parameters} left null to keep the answer small.
 */
@JsonPropertyOrder({"config", "vary", "link", "runs"})
record CompareJson(Map<String, Object> config, Vary vary, String link, List<Item> runs) {

    @JsonPropertyOrder({"key", "values"})
    record Vary(String key, List<Object> values) {}

    @JsonPropertyOrder({"value", "link", "run"})
    record Item(Object value, String link, RunJson run) {}

    /**
     * One finished run, as the events stream sends it: its place, value, table row and run without weights or
     * snapshots (the page draws neither), its plotted values to a picture's digits ({@link RunJson.Precision#PICTURE}).
     */
    @JsonPropertyOrder({"index", "value", "link", "row", "run"})
    record Event(int index, String value, String link, CompareRow row, RunJson run) {
        static Event of(Sweep sweep, int index, Run run) {
            String value = sweep.values().get(index);
            return new Event(index, value, run.experiment().link(), CompareRow.of(index, value, run),
                    picture(RunJson.of(run, RunJson.Precision.PICTURE)));
        }
    }

    private static RunJson picture(RunJson run) { return run.withDataAndParameters(run.data(), null, null); }

    static CompareJson of(Sweep sweep, List<Run> runs) {
        List<Object> values = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (Run run : runs) {
            Object value = sweep.param().json(run.experiment());
            values.add(value);
            items.add(new Item(value, run.experiment().link(), RunJson.of(run).withoutDataAndParameters()));
        }
        return new CompareJson(RunJson.config(sweep.base()), new Vary(sweep.param().key(), values), sweep.link(), items);
    }
}
