package shallowlab.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /}: the lab page — the experiment form and, for the experiment in the query string, its run. */
public final class LabController {
    static final String TEMPLATE = "lab";

    /** Until the engine lands, the form echoes the query over the defaults and the chart shows sample data. */
    private static final Map<String, String> DEFAULTS = defaults();

    public void show(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        ctx.queryParamMap().forEach((key, given) -> {
            if (values.containsKey(key) && !given.isEmpty()) values.put(key, given.get(0));
        });
        var chart = Map.of("label", "cost (sample data)", "x", List.of(0, 1, 2, 3, 4),
                "y", List.of(0.693, 0.52, 0.41, 0.35, 0.31));
        ctx.render(TEMPLATE, Map.of("values", values, "pageData", PageData.toJson(chart)));
    }

    private static Map<String, String> defaults() {
        var d = new LinkedHashMap<String, String>();
        String[][] table = {{"dataset", "flower"}, {"points", "400"}, {"noise", "0.2"}, {"testFraction", "0"},
            {"dataSeed", "1"}, {"hidden", "4"}, {"activation", "tanh"}, {"leak", "0.01"}, {"learningRate", "1.2"},
            {"init", "random"}, {"initScale", "0.01"}, {"initSeed", "2"}, {"iterations", "10000"}};
        for (String[] row : table) d.put(row[0], row[1]);
        return d;
    }
}
