package shallowlab.experiment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import shallowlab.nn.TrainingTimeout;

/**
 * Runs experiments for the web within the server's {@link RunLimits}. A run is deterministic, so runs are kept in
 * a bounded cache and an experiment asked for again — or asked for while it trains — is trained once. Only fresh
 * trainings are paid for, from the asker's {@link Account} (its {@link Budgets#cost}), and wait for a training slot;
 * one refused as busy (503) is refunded. The service also keeps how fast trainings go, for comparisons' estimates.
 */
public final class RunService {
    private final ExperimentRunner runner;
    private final RunLimits limits;
    private final TrainingGate gate;
    private final Budgets budgets;
    private final TrainingSpeed speed = new TrainingSpeed();
    private final Cache<Experiment, Run> cache;
    private final ConcurrentMap<Experiment, CompletableFuture<Run>> training = new ConcurrentHashMap<>();

    public RunService(ExperimentRunner runner, RunLimits limits, long cacheMegabytes) {
        this.runner = runner;
        this.limits = limits;
        this.gate = new TrainingGate(limits.maxConcurrent(), limits.maxQueued(), limits.queueSeconds());
        this.budgets = new Budgets(limits, System::nanoTime);
        this.cache = Caffeine.newBuilder().maximumWeight(cacheMegabytes * 1024)
                .weigher((Experiment e, Run run) -> kilobytes(run)).build();
    }

    public RunLimits limits() { return limits; }

    /** The clients' budgets; a request pays from {@code budgets().of(address, browser)}. */
    public Budgets budgets() { return budgets; }

    /** Nanoseconds of training per unit of work, as recent trainings went; 0 before the first. */
    public double nanosPerWork() { return speed.nanosPerWork(); }

    /** How many trainings hold a slot and how many wait for one, at this moment. */
    public record Trainings(int running, int queued) {}

    public Trainings trainings() { return new Trainings(gate.running(), gate.queued()); }

    /**
     * The caps {@code e} is over, as messages keyed {@code work}, or {@code dataset} for an unknown upload, or
     * {@code testFraction} for a split of an upload that holds out a whole class; empty when it may run. Uploaded
     * data counts its own points.
     */
    public Map<String, String> check(Experiment e) {
        long work;
        try {
            if (e.dataset().isCustom()) {
                shallowlab.data.Dataset data = runner.data(e);
                Map<String, String> split = ExperimentRunner.splitProblem(e, data);
                if (!split.isEmpty()) return split;
                work = e.work(data.size());
            } else {
                work = e.work();
            }
        } catch (RunRefused unknown) {
            return unknown.errors();
        }
        if (work <= limits.maxWork()) return Map.of();
        return Map.of("work", String.format(Locale.ROOT, "this run's work, points × parameters × iterations = %,d,"
                + " is over this server's cap of %,d: use fewer points, hidden units or iterations",
                work, limits.maxWork()));
    }

    /** The run of {@code e}, a fresh one paid by {@code client}; throws {@link RunRefused} when it can't be done now. */
    public Run run(Experiment e, Account client) {
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

    /**
     * The points of {@code e} before the split, in their order (generated, or the upload its {@code custom:<id>}
     * names): no training, so nothing to pay. Throws {@link RunRefused} (400 naming {@code dataset}) for an unknown id.
     */
    public shallowlab.data.Dataset points(Experiment e) { return runner.data(e); }

    /** The file name the upload {@code e} runs on was first stored under, or empty (generated data, no name). */
    public Optional<String> uploadName(Experiment e) { return runner.uploadName(e); }

    /** Whether the run of {@code e} is in the cache (served without training). */
    public boolean isCached(Experiment e) { return cache.getIfPresent(e) != null; }

    /**
     * Whether asking for {@code e} now costs nothing: it is cached, or training for another request, which a second
     * asker waits for (a second tab of the same comparison). Should that training be refused, the second asker tries
     * on its own account, with what it has prepaid.
     */
    public boolean isFree(Experiment e) { return isCached(e) || training.containsKey(e); }

    /** Pays, trains and records the speed; a busy refusal gives the payment back (a time-out used the time). */
    private Run train(Experiment e, Account client) {
        double paid = client.take(Budgets.cost(e));
        try {
            Run run = gate.through(() -> trainWithin(e));
            speed.record(e.work(), run.result().trainingMillis());
            return run;
        } catch (RunRefused refused) {
            if (refused.status() == 503) client.refund(paid);
            throw refused;
        }
    }

    private Run trainWithin(Experiment e) {
        try {
            return runner.run(e, System.nanoTime() + (long) (limits.maxSeconds() * 1e9));
        } catch (TrainingTimeout timeout) {
            throw RunRefused.overCap("time", String.format(Locale.ROOT, "the run passed this server's time"
                    + " limit of %.0f s: use fewer points, hidden units or iterations", limits.maxSeconds()));
        }
    }

    /**
     * Waits for another request's training of the same experiment. If it passed the time limit, so would ours: that
     * refusal is ours too. If it was refused for its client's rate or a full queue, we try on our own account.
     */
    private Run awaitOrRetry(CompletableFuture<Run> theirs, Experiment e, Account client) {
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
