package shallowlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A started comparison: one future per value, in the sweep's order, each completed when its run is done, refused
 * or cancelled. {@link #cancel} drops the runs not yet started from the pool's queue; the running ones finish.
 */
public final class SweepRun {
    private final ThreadPoolExecutor pool;
    private final AtomicLong queuedWork;
    private final List<CompletableFuture<Run>> runs = new ArrayList<>();
    private final List<Runnable> cancels = new ArrayList<>();

    SweepRun(ThreadPoolExecutor pool, AtomicLong queuedWork) {
        this.pool = pool;
        this.queuedWork = queuedWork;
    }

    public List<CompletableFuture<Run>> runs() { return List.copyOf(runs); }

    /** Cancels every run not yet started; safe to call more than once, from any thread. */
    public void cancel() {
        List<Runnable> all;
        synchronized (this) { all = List.copyOf(cancels); }
        all.forEach(Runnable::run);
    }

    /** Queues one run of {@code work} fresh work; it starts only if nobody has cancelled it and {@code watched} says someone still waits. */
    synchronized void submit(Experiment e, long work, Supplier<Run> run, BooleanSupplier watched) {
        CompletableFuture<Run> future = new CompletableFuture<>();
        AtomicBoolean claimed = new AtomicBoolean();
        Runnable task = () -> {
            if (!claimed.compareAndSet(false, true)) return;
            queuedWork.addAndGet(-work);
            if (!watched.getAsBoolean()) {
                future.cancel(false);
                cancel();
                return;
            }
            try {
                future.complete(run.get());
            } catch (RuntimeException | Error failure) {
                future.completeExceptionally(failure);
            }
        };
        runs.add(future);
        cancels.add(() -> {
            if (!claimed.compareAndSet(false, true)) return;
            pool.remove(task);
            queuedWork.addAndGet(-work);
            future.cancel(false);
        });
        queuedWork.addAndGet(work);
        try {
            pool.execute(task);
        } catch (RuntimeException rejected) {
            claimed.set(true);
            queuedWork.addAndGet(-work);
            future.cancel(false);
            throw rejected;
        }
    }
}
