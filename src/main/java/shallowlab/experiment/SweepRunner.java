package shallowlab.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * Runs a sweep's experiments side by side on a shared pool (sized to the cores, so comparisons cannot take more
 * than the machine has), each through the {@link RunService}: a run seen before is answered from its cache, and
 * fresh ones count against the asking client's rate like single runs.
 */
public final class SweepRunner {
    private final RunService runs;
    private final ExecutorService pool;

    public SweepRunner(RunService runs, ExecutorService pool) {
        this.runs = runs;
        this.pool = pool;
    }

    /** The server caps any of the sweep's runs is over, keyed as {@link RunService#check}; empty when all may run. */
    public Map<String, String> check(Sweep sweep) {
        Map<String, String> over = new LinkedHashMap<>();
        for (Experiment e : sweep.experiments()) over.putAll(runs.check(e));
        return over;
    }

    /** One future per value, in the sweep's order; each completes when its run is done (or refused). */
    public List<CompletableFuture<Run>> start(Sweep sweep, String client) {
        return sweep.experiments().stream()
                .map(e -> CompletableFuture.supplyAsync(() -> runs.run(e, client), pool))
                .toList();
    }

    /** Every run of the sweep, in its order, once all are done; a refused run throws its {@link RunRefused}. */
    public List<Run> runAll(Sweep sweep, String client) {
        try {
            return start(sweep, client).stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}
