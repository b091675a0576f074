package shallowlab.experiment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import shallowlab.nn.TrainingTimeout;

/**
 * Runs experiments for the web within the server's {@link RunLimits}. A run is deterministic, so runs are kept in
 * a bounded cache and an experiment asked for again — or asked for while it trains — is trained once. Only fresh
 * trainings count against a client's rate and wait for a training slot.
 */
public final class RunService {
    private final ExperimentRunner runner;
    private final RunLimits limits;
    private final TrainingGate gate;
    private final RateLimiter rates;
    private final Cache<Experiment, Run> cache;
    private final ConcurrentMap<Experiment, CompletableFuture<Run>> training = new ConcurrentHashMap<>();

    public RunService(ExperimentRunner runner, RunLimits limits, long cacheMegabytes) {
        this.runner = runner;
        this.limits = limits;
        this.gate = new TrainingGate(limits.maxConcurrent(), limits.maxQueued(), limits.queueSeconds());
        this.rates = new RateLimiter(limits.runsPerMinute(), limits.burst(), System::nanoTime);
        this.cache = Caffeine.newBuilder().maximumWeight(cacheMegabytes * 1024)
                .weigher((Experiment e, Run run) -> kilobytes(run)).build();
    }

    public RunLimits limits() { return limits; }

    /** How many trainings hold a slot and how many wait for one, at this moment. */
    public record Trainings(int running, int queued) {}

    public Trainings trainings() { return new Trainings(gate.running(), gate.queued()); }

    /**
     * The caps {@code e} is over, as messages keyed {@code work}, or {@code dataset} for an unknown upload; empty when
     * it may run. Uploaded data counts its own points.
     */
    public Map<String, String> check(Experiment e) {
        long work;
        try {
            work = e.dataset().isCustom() ? e.work(runner.data(e).size()) : e.work();
        } catch (RunRefused unknown) {
            return unknown.errors();
        }
        if (work <= limits.maxWork()) return Map.of();
        return Map.of("work", String.format(Locale.ROOT, "this run's work, points × parameters × iterations = %,d,"
                + " is over this server's cap of %,d: use fewer points, hidden units or iterations",
                work, limits.maxWork()));
    }

    /** The run of {@code e} for {@code client} (an address); throws {@link RunRefused} when it can't be done now. */
    public Run run(Experiment e, String client) {
        Run cached = cache.getIfPresent(e);
        if (cached != null) return cached;
        Map<String, String> over = check(e);
        if (!over.isEmpty()) throw new RunRefused(400, null, over);
        CompletableFuture<Run> mine = new CompletableFuture<>();
        CompletableFuture<Run> theirs = training.putIfAbsent(e, mine);
        if (theirs != null) return awaitOrRetry(theirs, e, client);
        try {
            Run run = train(e, client);
            cache.put(e, run);
            mine.complete(run);
            return run;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            training.remove(e, mine);
        }
    }

    /** Whether the run of {@code e} is in the cache (served without training). */
    public boolean isCached(Experiment e) { return cache.getIfPresent(e) != null; }

    private Run train(Experiment e, String client) {
        rates.take(client);
        return gate.through(() -> {
            try {
                return runner.run(e, System.nanoTime() + (long) (limits.maxSeconds() * 1e9));
            } catch (TrainingTimeout timeout) {
                throw RunRefused.overCap("time", String.format(Locale.ROOT, "the run passed this server's time"
                        + " limit of %.0f s: use fewer points, hidden units or iterations", limits.maxSeconds()));
            }
        });
    }

    /**
     * Waits for another request's training of the same experiment. If it passed the time limit, so would ours: that
     * refusal is ours too. If it was refused for its client's rate or a full queue, we try on our own account.
     */
    private Run awaitOrRetry(CompletableFuture<Run> theirs, Experiment e, String client) {
        try {
            return theirs.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RunRefused r && r.status() == 400) throw r;
            return run(e, client);
        }
    }

    /** Approximate size: the boundary grid, the points, the recorded series and the parameters, 8 bytes a number. */
    private static int kilobytes(Run run) {
        long numbers = run.boundary().values().length + 3L * (run.split().train().size() + run.split().test().size())
                + (long) run.result().iterations().length * (4 + run.result().gradientNorms().length)
                + 2 * run.experiment().parameterCount();
        return (int) Math.max(1, numbers * 8 / 1024);
    }
}
