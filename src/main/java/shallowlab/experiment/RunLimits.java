package shallowlab.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * What one server spends on runs. Budgets are in work units: a fresh run of the course's default size is one unit,
 * a bigger one its work relative to the default's ({@link Budgets#cost}).
 *
 * @param maxWork        cap on a run's work, points × parameters × iterations
 * @param maxSeconds     wall-time limit of one training
 * @param maxConcurrent  trainings at once (default: the number of cores); also the comparisons' threads
 * @param maxQueued      trainings waiting for a slot; one more is refused as "busy"
 * @param queueSeconds   how long a queued training waits for a slot before it is refused
 * @param runsPerMinute  units one browser (or all browsers without our cookie at one address) gets per minute
 * @param burst          units one browser may spend at once
 * @param addressPerMinute units all browsers behind one address get per minute together
 * @param addressBurst   units all browsers behind one address may spend at once (at least {@code burst})
 * @param sweepQueue     comparison runs waiting for a thread; past that a comparison is refused as "busy"
 */
public record RunLimits(long maxWork, double maxSeconds, int maxConcurrent, int maxQueued, double queueSeconds,
                        double runsPerMinute, int burst, double addressPerMinute, int addressBurst, int sweepQueue) {
    /** How many browsers the per-address budget is sized for when it is not given: a class. */
    public static final int CLASS_SIZE = 20;

    public RunLimits {
        // The fields are not assigned yet in a compact constructor: the message is built from the parameters.
        List<String> wrong = new ArrayList<>();
        if (maxWork < 1) wrong.add("maxWork " + maxWork + " (at least 1)");
        if (!(maxSeconds > 0)) wrong.add("maxSeconds " + maxSeconds + " (above 0)");
        if (maxConcurrent < 1) wrong.add("maxConcurrent " + maxConcurrent + " (at least 1)");
        if (maxQueued < 0) wrong.add("maxQueued " + maxQueued + " (0 or more)");
        if (!(queueSeconds > 0)) wrong.add("queueSeconds " + queueSeconds + " (above 0)");
        if (!(runsPerMinute > 0)) wrong.add("runsPerMinute " + runsPerMinute + " (above 0)");
        if (burst < 1) wrong.add("burst " + burst + " (at least 1)");
        if (!(addressPerMinute > 0)) wrong.add("addressPerMinute " + addressPerMinute + " (above 0)");
        if (addressBurst < burst) wrong.add("addressBurst " + addressBurst + " (at least burst, " + burst + ")");
        if (sweepQueue < 1) wrong.add("sweepQueue " + sweepQueue + " (at least 1)");
        if (!wrong.isEmpty()) throw new IllegalArgumentException("run limits out of range: " + String.join(", ", wrong));
    }

    /** Limits whose per-address budget is {@value #CLASS_SIZE} browsers' worth, with a comparison queue of 64 runs. */
    public RunLimits(long maxWork, double maxSeconds, int maxConcurrent, int maxQueued, double queueSeconds,
                     double runsPerMinute, int burst) {
        this(maxWork, maxSeconds, maxConcurrent, maxQueued, queueSeconds, runsPerMinute, burst,
                runsPerMinute * CLASS_SIZE, (int) Math.min(Integer.MAX_VALUE, (long) burst * CLASS_SIZE), 64);
    }

    /**
     * Defaults for a public server: about 30 default runs of work, 20 s, one training per core, and
     * {@link #queueFor} waiting; a browser gets 6 units a minute with a burst of 30, an address 120 a minute with a
     * burst of 300.
     */
    public static RunLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new RunLimits(2_000_000_000L, 20, cores, queueFor(cores), 10, 6, 30, 120, 300, 64);
    }

    /**
     * The default queue: 64 trainings, 32 per core past 2 cores, so that a class of 30 pressing Run twice at once is
     * served, not refused (on 2 cores a default run takes ~25 ms of the pair, so the last waits ~1.5 s; any wait is
     * still cut at the queue's time limit).
     */
    static int queueFor(int cores) { return Math.max(64, 32 * cores); }
}
