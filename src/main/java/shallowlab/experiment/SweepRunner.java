package shallowlab.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs a sweep's experiments side by side on a pool of {@code maxConcurrent} threads (so comparisons cannot take
 * more than the machine has) with a bounded queue ({@code sweepQueue}; a comparison that doesn't fit is refused
 * with 503), each through the {@link RunService}: a run seen before is answered from its cache, and the fresh ones
 * are paid for up front, together ({@link Prepaid}). A comparison nobody watches any more is cancelled: its runs
 * not yet started are dropped from the queue.
 */
public final class SweepRunner implements AutoCloseable {
    private final RunService runs;
    private final ThreadPoolExecutor pool;
    private final AtomicLong queuedWork = new AtomicLong();

    public SweepRunner(RunService runs) {
        this.runs = runs;
        int threads = runs.limits().maxConcurrent();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(runs.limits().sweepQueue()), task -> {
                    Thread thread = new Thread(task, "sweep");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The server caps any of the sweep's runs is over, keyed as {@link RunService#check}; empty when all may run. */
    public Map<String, String> check(Sweep sweep) {
        Map<String, String> over = new LinkedHashMap<>();
        for (Experiment e : sweep.experiments()) over.putAll(runs.check(e));
        return over;
    }

    /**
     * Starts the sweep, paid by {@code client}; each run, before it starts, asks {@code watched} whether anyone still
     * waits for it, and cancels the sweep when not. Throws {@link RunRefused}: 429 unpaid, 503 the queue is full.
     */
    public SweepRun start(Sweep sweep, Account client, BooleanSupplier watched) {
        List<Experiment> experiments = sweep.experiments();
        int places = pool.getQueue().remainingCapacity() + pool.getMaximumPoolSize() - pool.getActiveCount();
        if (places < experiments.size()) throw busy(runs.limits().maxSeconds());
        Prepaid paid = new Prepaid(client, experiments.stream().filter(e -> !runs.isFree(e)).mapToDouble(Budgets::cost).sum());
        SweepRun sweepRun = new SweepRun(pool, queuedWork);
        try {
            for (Experiment e : experiments) sweepRun.submit(e, runs.isFree(e) ? 0 : e.work(), () -> runs.run(e, paid), watched);
        } catch (RejectedExecutionException full) {
            sweepRun.cancel();
            paid.settle();
            throw busy(runs.limits().maxSeconds());
        }
        CompletableFuture.allOf(sweepRun.runs().toArray(CompletableFuture[]::new)).whenComplete((ok, failed) -> paid.settle());
        return sweepRun;
    }

    /**
     * Every run of the sweep, in its order, once all are done; a refused run throws its {@link RunRefused}. A sweep
     * that, at the recent speed, would not be done within the time limit behind the comparisons queued is refused
     * at once (503) rather than left hanging.
     */
    public List<Run> runAll(Sweep sweep, Account client) {
        double seconds = estimateSeconds(sweep);
        if (seconds > runs.limits().maxSeconds()) throw tooLong(seconds);
        try {
            return start(sweep, client, () -> true).runs().stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** (work queued + this sweep's fresh work) × ns per work ÷ threads, in seconds; 0 before any training. */
    double estimateSeconds(Sweep sweep) {
        long fresh = sweep.experiments().stream().filter(e -> !runs.isFree(e)).mapToLong(Experiment::work).sum();
        return (queuedWork.get() + fresh) * runs.nanosPerWork() / pool.getMaximumPoolSize() / 1e9;
    }

    @Override
    public void close() { pool.shutdownNow(); }

    private RunRefused tooLong(double seconds) {
        return new RunRefused(503, (int) Math.ceil(runs.limits().maxSeconds()), Map.of("server", String.format(
                Locale.ROOT, "this comparison would take about %.0f s here now, over the limit of %.0f s for one"
                        + " answer: open it without static=1, where its runs arrive as they finish, or retry later",
                seconds, runs.limits().maxSeconds())));
    }

    private static RunRefused busy(double seconds) {
        return new RunRefused(503, (int) Math.ceil(seconds), Map.of("server",
                "too many comparisons are waiting for this server; please retry in a few seconds"));
    }
}
