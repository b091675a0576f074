package shallowlab.experiment;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Runs a sweep's experiments side by side on a shared pool (sized to the cores, so comparisons cannot take more
 * than the machine has), each through the {@link RunService}: a run seen before is answered from its cache.
 */
public final class SweepRunner {
    private final RunService runs;
    private final ExecutorService pool;

    public SweepRunner(RunService runs, ExecutorService pool) {
        this.runs = runs;
        this.pool = pool;
    }

    /** One future per value, in the sweep's order; each completes when its run is done. */
    public List<CompletableFuture<Run>> start(Sweep sweep) {
        return sweep.experiments().stream()
                .map(e -> CompletableFuture.supplyAsync(() -> runs.run(e), pool))
                .toList();
    }

    /** Every run of the sweep, in its order, once all are done. */
    public List<Run> runAll(Sweep sweep) {
        return start(sweep).stream().map(CompletableFuture::join).toList();
    }
}
