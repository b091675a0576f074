package shallowlab.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The query keys of an API route that takes no experiment ({@code POST /api/datasets}: {@code name};
 * {@code GET /api/saved}: {@code limit}): a key it does not take, or one given twice, is a 400 naming it, as the
 * experiment's keys are (a client's misspelt {@code nmae} would otherwise lose the name without a word).
 */
public final class RouteKeys {
    private RouteKeys() {}

    /** Throws a 400 naming the first key of the query not in {@code taken} or given more than once. */
    public static void require(Context ctx, List<String> taken) {
        ctx.queryParamMap().forEach((key, values) -> {
            if (key.isEmpty()) return;   // "?&name=x": an empty key is ignored everywhere
            if (!taken.contains(key)) {
                throw new HttpProblem(400, Map.of(key, "is not a key of " + ctx.method() + " " + ctx.path()
                        + (taken.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", taken))));
            }
            if (values.size() > 1) throw new HttpProblem(400, Map.of(key, "is given more than once"));
        });
    }
}
