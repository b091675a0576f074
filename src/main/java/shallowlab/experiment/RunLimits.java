package shallowlab.experiment;

/**
 * What one server spends on runs.
 *
 * @param maxWork        cap on a run's work, points × parameters × iterations
 * @param maxSeconds     wall-time limit of one training
 * @param maxConcurrent  trainings at once (default: the number of cores)
 * @param maxQueued      trainings waiting for a slot; one more is refused as "busy"
 * @param queueSeconds   how long a queued training waits for a slot before it is refused
 * @param runsPerMinute  fresh trainings a client may start per minute, on average
 * @param burst          fresh trainings a client may start at once
 */
public record RunLimits(long maxWork, double maxSeconds, int maxConcurrent, int maxQueued, double queueSeconds,
                        double runsPerMinute, int burst) {
    public RunLimits {
        if (maxWork < 1 || maxSeconds <= 0 || maxConcurrent < 1 || maxQueued < 0 || queueSeconds <= 0
                || runsPerMinute <= 0 || burst < 1) {
            throw new IllegalArgumentException("run limits must be positive: " + this);
        }
    }

    /** Safe defaults for a public server: about 30 default runs of work, 20 s, one training per core. */
    public static RunLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new RunLimits(2_000_000_000L, 20, cores, 2 * cores, 10, 60, 20);
    }
}
