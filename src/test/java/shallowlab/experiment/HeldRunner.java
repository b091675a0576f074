package shallowlab.experiment;

import java.util.concurrent.CountDownLatch;

/** A runner that holds every training until the test lets it go: {@code started} counts down as each begins. */
public final class HeldRunner extends ExperimentRunner {
    public final CountDownLatch started, release = new CountDownLatch(1);

    /** Held trainings, {@code started} reaching zero once {@code starts} of them have begun. */
    public HeldRunner(int starts) { this.started = new CountDownLatch(starts); }

    public HeldRunner() { this(1); }

    @Override
    public Run run(Experiment e, long deadlineNanos) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return super.run(e, deadlineNanos);
    }
}
