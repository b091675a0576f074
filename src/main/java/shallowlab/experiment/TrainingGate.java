package shallowlab.experiment;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code slots} trainings at once; up to {@code queue} more wait (each at most {@code waitSeconds}) for a
 * slot. Past that a training is refused at once with 503, so a flood of runs can't hold every request thread.
 */
final class TrainingGate {
    private final Semaphore slots;
    private final int slotCount;
    private final int queue;
    private final double waitSeconds;
    private final AtomicInteger waiting = new AtomicInteger();

    TrainingGate(int slots, int queue, double waitSeconds) {
        this.slots = new Semaphore(slots, true);
        this.slotCount = slots;
        this.queue = queue;
        this.waitSeconds = waitSeconds;
    }

    <T> T through(Supplier<T> training) {
        if (!slots.tryAcquire()) waitForSlot();
        try {
            return training.get();
        } finally {
            slots.release();
        }
    }

    /** Trainings holding a slot now. */
    int running() { return slotCount - slots.availablePermits(); }

    /** Trainings waiting for a slot now. */
    int queued() { return waiting.get(); }

    private void waitForSlot() {
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw busy("the queue is full");
        }
        try {
            if (!slots.tryAcquire((long) (waitSeconds * 1000), TimeUnit.MILLISECONDS)) {
                throw busy("no slot came free within " + Numbers.format(waitSeconds) + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the wait was cut short");
        } finally {
            waiting.decrementAndGet();
        }
    }

    private RunRefused busy(String why) {
        return new RunRefused(503, (int) Math.ceil(waitSeconds), Map.of("server",
                "every training slot is taken and " + why + "; please retry in a few seconds"));
    }
}
