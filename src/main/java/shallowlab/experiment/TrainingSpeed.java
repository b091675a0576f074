package shallowlab.experiment;

/**
 * How fast trainings go on this server: nanoseconds per unit of work (points × parameters × iterations), an
 * exponentially weighted mean over trainings, s ← s + α·(t/w − s) with α = 0.2, so it follows the machine's load.
 */
final class TrainingSpeed {
    private static final double WEIGHT = 0.2;
    private double nanosPerWork;

    synchronized void record(long work, double trainingMillis) {
        if (work <= 0 || !(trainingMillis >= 0)) return;
        double sample = trainingMillis * 1e6 / work;
        nanosPerWork = nanosPerWork == 0 ? sample : nanosPerWork + WEIGHT * (sample - nanosPerWork);
    }

    synchronized double nanosPerWork() { return nanosPerWork; }
}
