package shallowlab.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs experiments for the web, keeping recent runs: a run is deterministic, so an experiment asked for again is
 * answered from memory. The cache holds at most {@code capacity} runs, dropping the least recently used.
 */
public final class RunService {
    private final ExperimentRunner runner;
    private final Map<Experiment, Run> cache;

    public RunService(ExperimentRunner runner, int capacity) {
        this.runner = runner;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Experiment, Run> eldest) { return size() > capacity; }
        };
    }

    public Run run(Experiment e) {
        synchronized (cache) {
            Run cached = cache.get(e);
            if (cached != null) return cached;
        }
        Run run = runner.run(e);
        synchronized (cache) {
            cache.put(e, run);
        }
        return run;
    }
}
