package shallowlab.nn;

import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/**
 * A fixed small training for the engine's health check: the course's network (4 tanh units) on 400 flower points,
 * iterations as the trainer runs them between records (pass, cost envelope, step) at a tiny rate; the caller
 * measures what they allocate. With the kernel compiled, an iteration allocates the envelope's four lane sums (48
 * bytes); with its vectors boxed, tens of KB (docs/ARCHITECTURE.md, "The kernel's speed"). It runs the same
 * compiled code as every training, so it reads the state trainings run in.
 */
public final class KernelProbe {
    private final Parameters p, next;
    private final VectorKernel kernel;

    public KernelProbe() {
        Dataset flower = DatasetKind.FLOWER.generate(400, 0.2, 1);
        p = Initializer.XAVIER.initial(Trainer.sizes(new int[] {4}), 0, 1);
        next = p.copy();
        kernel = new VectorKernel(p, Activation.TANH, 0.01, flower);
    }

    /** n iterations, the parameters going back and forth between two copies; returns the costs' sum (kept live). */
    public double iterations(int n) {
        double sum = 0;
        for (int t = 0; t < n; t++) {
            kernel.pass(t % 2 == 0 ? p : next);
            sum += kernel.approximateCost();
            kernel.step(t % 2 == 0 ? p : next, t % 2 == 0 ? next : p, 1e-6);
        }
        return sum;
    }
}
