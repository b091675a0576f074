package shallowlab.web;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import shallowlab.nn.KernelProbe;
import shallowlab.nn.VectorWidth;

/**
 * Whether the engine's vectors stay compiled while the server runs: every minute, {@link #ITERATIONS} iterations of
 * {@link KernelProbe} on one thread, and the bytes they allocate. A compiled kernel allocates 48 bytes an iteration;
 * above {@link #BOUND}, twice in a row (a recompilation under way reads high once), the vectors are boxed and every
 * training runs several times slower, with the same results. Known cause: on JDK 17 at 512 bits, a JFR recording or
 * an agent started on a running server makes the JIT recompile everything, and the Vector API's shared methods then
 * lose the speculation that kept the vectors in registers (measured 3.5–4× slower until restart;
 * docs/ARCHITECTURE.md). It is logged once, with what to do, and shown in {@code /health}.
 */
public final class EngineCheck {
    static final int ITERATIONS = 200;
    /** Bytes per iteration: above the compiled kernel's 48, far below a boxed one's (tens of KB). */
    static final long BOUND = 256;
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    private static final EngineCheck INSTANCE = new EngineCheck();

    /** What {@code /health} shows: the vectors' width and their state ("not checked yet", "compiled", "boxed"). */
    public record Engine(int vectorBits, String vectors, long bytesPerIteration) {}

    private KernelProbe probe;
    private volatile Engine last = new Engine(VectorWidth.engineBits(), "not checked yet", -1);
    private int strikes;

    private EngineCheck() {}

    /** This process's check (the engine is one per JVM). */
    public static EngineCheck get() { return INSTANCE; }

    /** The last check's outcome. */
    public Engine engine() { return last; }

    /**
     * Checks every minute from a daemon thread, the first a minute from now: call it after the start-up warm-up, whose
     * trainings have had the JIT compile the kernel (a kernel not yet compiled reads as boxed).
     */
    public void everyMinute() {
        var scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine-check");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.MINUTES);
    }

    /** One check: runs the probe, updates {@link #engine()}, logs a change to or from "boxed". */
    public synchronized Engine check() {
        if (THREADS == null) return last;
        if (probe == null) probe = new KernelProbe();
        long before = THREADS.getCurrentThreadAllocatedBytes();
        probe.iterations(ITERATIONS);
        long perIteration = (THREADS.getCurrentThreadAllocatedBytes() - before) / ITERATIONS;
        strikes = perIteration > BOUND ? strikes + 1 : 0;
        String vectors = strikes >= 2 ? "boxed" : strikes == 1 ? last.vectors() : "compiled";
        if (vectors.equals("boxed") && !last.vectors().equals("boxed")) warnBoxed(perIteration);
        if (vectors.equals("compiled") && last.vectors().equals("boxed")) {
            LoggerFactory.getLogger(EngineCheck.class).info("the engine's vectors are compiled again");
        }
        last = new Engine(VectorWidth.engineBits(), vectors, perIteration);
        return last;
    }

    private static void warnBoxed(long perIteration) {
        LoggerFactory.getLogger(EngineCheck.class).warn("the engine's vectors are boxed: a probe iteration allocated "
                + perIteration + " bytes (compiled: 48), so trainings run several times slower (same results; JDK "
                + Runtime.version().feature() + ", " + VectorWidth.engineBits() + "-bit vectors). On JDK 17 at 512 bits"
                + " this follows a JFR recording or an agent started on a running server: restart it, and start JFR at"
                + " launch (-XX:StartFlightRecording), or run JDK 25, or -Dshallowlab.vectorBits=256");
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)) return null;
        return t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled() ? t : null;
    }
}
