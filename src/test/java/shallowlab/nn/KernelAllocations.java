package shallowlab.nn;

import java.lang.management.ManagementFactory;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/**
 * Child-JVM main for {@link KernelNeverBoxesTest}: prints the engine's width line, then, for nets that reach every
 * path of the kernel (the fused pass of the course's net, each activation's loops in the general pass of a deep
 * net, several chunks of points), the bytes one iteration allocates once the JIT has compiled it, one iteration in
 * {@link #RECORD_EVERY} recorded — what {@link Trainer} does: {@link VectorKernel#pass}, then
 * {@link VectorKernel#approximateCost}, or at a record the exact cost, accuracy, gradient norms and saturation, and
 * {@link VectorKernel#step} — as "name bytes", the fewest of the batches run over at least {@link #SECONDS} per net,
 * and on until one comes under {@link #BOUND} or {@link #LIMIT} seconds have passed: the JIT's time to compile the
 * pass varies with the JDK and the machine's load (JDK 25 at 512 bits took 1.2–1.3 s on an idle 2-core machine,
 * JDK 17 at 256 bits 0.9 s), and a pass it cannot compile never gets below the bound, however long it runs.
 */
public final class KernelAllocations {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * Bytes per iteration: above the envelope's 48 and a record's arrays (under 100 bytes a record), far below a pass
     * with boxed vectors (tens of KB) or a record whose exact cost boxes its vectors (14 KB a record, 1.4 KB an iteration).
     */
    static final long BOUND = 256;
    /** One iteration in this many is recorded (the trainer records every iteration of the first 100, then fewer). */
    private static final int RECORD_EVERY = 10;
    private static final double SECONDS = 1.0, LIMIT = 15.0;

    private KernelAllocations() {}

    public static void main(String[] args) {
        System.out.println(VectorWidth.describe());
        if (args.length > 0 && args[0].equals("after-varied")) {
            variedTrainings(150);
            report("default after varied trainings", new int[] {4}, Activation.TANH, Defaults.FLOWER);
            return;
        }
        report("default", new int[] {4}, Activation.TANH, Defaults.FLOWER);
        Dataset moons = DatasetKind.MOONS.generate(202, 0.25, 3);   // 202: a multiple of neither 4 nor 8
        for (Activation g : Activation.values()) report(g.key() + " 6,3", new int[] {6, 3}, g, moons);
        report("chunks", new int[] {7}, Activation.SIGMOID, DatasetKind.CIRCLES.generate(2000, 0.2, 3));
    }

    private static void report(String name, int[] hidden, Activation g, Dataset d) {
        Parameters p = Initializer.XAVIER.initial(Trainer.sizes(hidden), 0, 1), next = p.copy();
        VectorKernel kernel = new VectorKernel(p, g, 0.01, d);
        long start = System.nanoTime(), end = start + (long) (SECONDS * 1e9), limit = start + (long) (LIMIT * 1e9);
        long fewest = Long.MAX_VALUE;
        for (int batch = 0; batch < 20 || System.nanoTime() < end || fewest / 100 >= BOUND && System.nanoTime() < limit;
             batch++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            iterations(kernel, p, next, 100);
            fewest = Math.min(fewest, THREADS.getCurrentThreadAllocatedBytes() - before);
        }
        System.out.println(name + " " + fewest / 100);
    }

    /**
     * What a server's day looks like to the JIT: many short trainings of varied shapes (1–3 layers of 1–50 units),
     * activations, initialisers, datasets and point counts, before any long one. Which of the pass's calls C2 left
     * out when it compiled the pass then depended on the order of earlier compilations, and once in about two
     * launches the cut fell at a helper taking vectors ({@link KernelInlining}).
     */
    private static void variedTrainings(int count) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        Activation[] activations = Activation.values();
        Initializer[] initializers = Initializer.values();
        for (int i = 0; i < count; i++) {
            int[] hidden = new int[1 + r.nextInt(3)];
            for (int k = 0; k < hidden.length; k++) hidden[k] = 1 + r.nextInt(r.nextBoolean() ? 8 : 50);
            Dataset d = DatasetKind.values()[r.nextInt(DatasetKind.values().length)]
                    .generate(2 * (10 + r.nextInt(r.nextBoolean() ? 100 : 1500)), 0.25, r.nextInt(100));
            Trainer.train(new TrainingConfig(hidden, activations[r.nextInt(activations.length)], 0.05,
                    initializers[r.nextInt(initializers.length)], 1, r.nextInt(100), 0.5, 100 + r.nextInt(500)), d, Defaults.EMPTY);
        }
    }

    /** n iterations at a small rate, one in {@link #RECORD_EVERY} recorded, the parameters going back and forth. */
    private static void iterations(VectorKernel kernel, Parameters p, Parameters next, int n) {
        double sink = 0;
        for (int t = 0; t < n; t++) {
            boolean recorded = t % RECORD_EVERY == 0;
            kernel.pass(t % 2 == 0 ? p : next, recorded);
            sink += recorded ? kernel.cost() + kernel.accuracy() + kernel.gradientNorms()[0] + kernel.saturation().length
                    : kernel.approximateCost();
            kernel.step(t % 2 == 0 ? p : next, t % 2 == 0 ? next : p, 1e-3);
        }
        if (Double.isNaN(sink)) System.out.println("(a cost was NaN)");
    }
}
